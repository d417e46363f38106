using System.Globalization;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.MSBuild.Tests.Package;

/// <summary>
/// Packs PullSecretTasks once from a copy of the sources (away from the tree other builds use) with a unique version,
/// into a local feed, and writes one small console app that references it. The app restores into its own
/// NUGET_PACKAGES folder, so no stale package from an earlier run can stand in for this one.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];
    private TestDirectory? directory;

    public string Version { get; } = $"0.0.0-msbt.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}.{Environment.ProcessId}";

    public TestDirectory Directory => directory ?? throw new InvalidOperationException("Not initialised.");

    public string Feed => Directory.Combine("feed");

    public string Package => Path.Combine(Feed, $"PullSecretTasks.{Version}.nupkg");

    public string App => Directory.Combine("app");

    /// <summary>The pack step, shown when a test fails because of it.</summary>
    public ProcessResult? Pack { get; private set; }

    public async ValueTask InitializeAsync()
    {
        directory = TestDirectory.Create("psec-msbk");
        var source = Directory.CreateDirectory("source");
        foreach (var file in RootFiles.Where(f => File.Exists(Path.Combine(RepositoryRoot.Path, f))))
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(source, file));
        }
        // Only what the package is built from: other projects under src/ may be mid-change.
        CopyTree(Path.Combine(RepositoryRoot.Path, "src", "PullSecretTasks.Core"), Path.Combine(source, "src", "PullSecretTasks.Core"));
        CopyTree(Path.Combine(RepositoryRoot.Path, "src", "PullSecretTasks.MSBuild"), Path.Combine(source, "src", "PullSecretTasks.MSBuild"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "src", "Directory.Build.props"), Path.Combine(source, "src", "Directory.Build.props"));
        Pack = await RunDotNetAsync(
            ["pack", Path.Combine(source, "src", "PullSecretTasks.MSBuild"), "-c", "Release", "-o", Feed, $"-p:PackageVersion={Version}", "-nologo"],
            source, new Dictionary<string, string?>(), TimeSpan.FromMinutes(3));
        await WriteAppAsync();
    }

    /// <summary>Runs dotnet in the app folder with the app's package folder and the given extra variables.</summary>
    public Task<ProcessResult> RunInAppAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?> environment) =>
        RunDotNetAsync(args, App, new Dictionary<string, string?>(environment) { ["NUGET_PACKAGES"] = Directory.Combine("nuget-packages") }, TimeSpan.FromMinutes(2));

    public ValueTask DisposeAsync()
    {
        directory?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WriteAppAsync()
    {
        Directory.WriteFile("app/app.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <ContainerRepository>demo/app</ContainerRepository>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PullSecretTasks" Version="{Version}" />
                <PullSecret Include="app-pull" />
              </ItemGroup>
            </Project>
            """);
        Directory.WriteFile("app/Program.cs", "Console.WriteLine(\"hello\");\n");
        var sources = await MirrorSourcesAsync();
        Directory.WriteFile("app/NuGet.Config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
            {string.Join('\n', sources.Select((s, i) => $"    <add key=\"mirror{i}\" value=\"{s}\" />"))}
              </packageSources>
            </configuration>
            """);
    }

    // The sources this machine restores from (the project's mirror), as `dotnet nuget list source` shows them.
    private async Task<IReadOnlyList<string>> MirrorSourcesAsync()
    {
        var list = await RunDotNetAsync(["nuget", "list", "source", "--format", "short"], Directory.Path, new Dictionary<string, string?>(), TimeSpan.FromMinutes(1));
        return list.StandardOutput.Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
    }

    private static Task<ProcessResult> RunDotNetAsync(IReadOnlyList<string> args, string workingDirectory, Dictionary<string, string?> environment, TimeSpan timeout)
    {
        var dotnet = Prerequisites.Require("dotnet", "the .NET 10 SDK (dotnet-sdk-10.0)");
        // No lingering MSBuild nodes or compiler servers: they would outlive the test and hold its output pipes open.
        environment.TryAdd("MSBUILDDISABLENODEREUSE", "1");
        environment.TryAdd("UseSharedCompilation", "false");
        environment.TryAdd("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        environment.TryAdd("DOTNET_NOLOGO", "1");
        environment.TryAdd("DOTNET_CLI_USE_MSBUILD_SERVER", "0");
        // The host's own logins and clusters must never leak into these builds.
        foreach (var name in new[] { "DOCKER_CONFIG", "REGISTRY_AUTH_FILE", "KUBECONFIG" })
        {
            environment.TryAdd(name, null);
        }
        return ProcessRunner.RunAsync(dotnet, args, new ProcessOptions { WorkingDirectory = workingDirectory, Environment = environment, Timeout = timeout });
    }

    private static void CopyTree(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var dir in System.IO.Directory.EnumerateDirectories(from))
        {
            var name = Path.GetFileName(dir);
            if (name is not ("bin" or "obj"))
            {
                CopyTree(dir, Path.Combine(to, name));
            }
        }
    }
}
