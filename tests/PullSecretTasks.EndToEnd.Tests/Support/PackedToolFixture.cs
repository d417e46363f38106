using System.Globalization;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Support;

/// <summary>
/// Packs the tool from a copy of the sources and installs it with <c>dotnet tool install --tool-path</c>, the way
/// users get it. The copy keeps this build away from the Release outputs other builds in the tree use, and the
/// unique prerelease version keeps a stale package in the global NuGet cache from being installed instead.
/// </summary>
public sealed class PackedToolFixture : IAsyncLifetime
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", ".editorconfig", "NuGet.Config", "nuget.config"];
    private TestDirectory? directory;

    /// <summary>The installed <c>pullsecret</c> command.</summary>
    public string Command => System.IO.Path.Combine(Directory.Combine("tools"), "pullsecret");

    /// <summary>The package version that was packed and installed.</summary>
    public string Version { get; } = $"0.0.0-e2e.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}.{Environment.ProcessId}";

    /// <summary>The pack and install output, for diagnostics.</summary>
    public IReadOnlyList<ProcessResult> Steps { get; private set; } = [];

    /// <summary>The fixture's temporary folder.</summary>
    public TestDirectory Directory => directory ?? throw new InvalidOperationException("Not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        directory = TestDirectory.Create("psec-pack");
        var dotnet = Prerequisites.Require("dotnet", "the .NET 10 SDK");
        var source = directory.CreateDirectory("source");
        CopySources(source);
        var options = new ProcessOptions { WorkingDirectory = source, Timeout = TimeSpan.FromMinutes(3) };

        var pack = await ProcessRunner.RunAsync(
            dotnet,
            ["pack", System.IO.Path.Combine(source, "src", "PullSecretTasks.Tool"), "-c", "Release", "-o", directory.Combine("packages"), $"-p:PackageVersion={Version}"],
            options);
        var install = pack.ExitCode != 0 ? null : await ProcessRunner.RunAsync(
            dotnet,
            ["tool", "install", "PullSecretTasks.Tool", "--tool-path", directory.Combine("tools"), "--add-source", directory.Combine("packages"), "--version", Version],
            options);
        Steps = install is null ? [pack] : [pack, install];
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        directory?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void CopySources(string target)
    {
        foreach (var file in RootFiles.Where(f => File.Exists(System.IO.Path.Combine(RepositoryRoot.Path, f))))
        {
            File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, file), System.IO.Path.Combine(target, file));
        }

        CopyTree(System.IO.Path.Combine(RepositoryRoot.Path, "src"), System.IO.Path.Combine(target, "src"));
    }

    private static void CopyTree(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var dir in System.IO.Directory.EnumerateDirectories(from))
        {
            var name = System.IO.Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(dir, System.IO.Path.Combine(to, name));
            }
        }
    }
}
