using System.Globalization;
using PullSecretTasks.TestInfra.Repo;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.TestInfra.Packaging;

/// <summary>
/// A temporary folder feed that shipped projects are packed into with one unique prerelease version, plus a private
/// NUGET_PACKAGES folder for whatever consumes them: neither a package of the same id in the global cache nor one
/// restored by an earlier run can stand in for the one just packed.
/// </summary>
public sealed class LocalPackageFeed
{
    /// <summary>A feed under <paramref name="directory"/> with version <c>0.0.0-LABEL.UTCTIME.PID</c>.</summary>
    /// <param name="directory">The fixture's folder; the feed, the copy and the package folder live in it.</param>
    /// <param name="label">A short prerelease label naming the fixture, e.g. <c>e2e</c>.</param>
    public LocalPackageFeed(TestDirectory directory, string label)
    {
        Directory = directory ?? throw new ArgumentNullException(nameof(directory));
        Version = $"0.0.0-{label}.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The folder holding the feed.</summary>
    public TestDirectory Directory { get; }

    /// <summary>The version every package in this feed was packed with.</summary>
    public string Version { get; }

    /// <summary>The folder feed.</summary>
    public string Feed => Directory.Combine("feed");

    /// <summary>The NUGET_PACKAGES folder of everything that restores from this feed.</summary>
    public string PackagesFolder => Directory.Combine("nuget-packages");

    /// <summary>The .nupkg of package <paramref name="id"/> at <see cref="Version"/>.</summary>
    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>The Cake <c>#addin</c> line that loads package <paramref name="id"/> from this feed.</summary>
    public string AddinDirective(string id) => $"#addin nuget:file://{Feed}?package={id}&version={Version}";

    /// <summary>
    /// Packs every shipped project of the solution from the build the tests were built with (<c>--no-build</c>, same
    /// configuration): fast, and exactly the bits the other test projects exercised.
    /// </summary>
    public Task<ProcessResult> PackSolutionAsync(CancellationToken cancellationToken = default) =>
        RunDotNetAsync(
            ["pack", System.IO.Path.Combine(RepositoryRoot.Path, "PullSecretTasks.sln"), "-c", RepositoryRoot.Configuration, "--no-build", "-o", Feed,
             $"-p:PackageVersion={Version}", "-nologo"],
            RepositoryRoot.Path, null, TimeSpan.FromMinutes(5), useFeedPackages: false, cancellationToken);

    /// <summary>
    /// Packs the tool's package for one runtime identifier (<c>any</c>, the portable fallback, or <c>linux-x64</c> and
    /// <c>linux-arm64</c>, Native AOT). The build output is reused when build/build.sh already published it; otherwise this compiles it.
    /// </summary>
    public Task<ProcessResult> PackToolForRuntimeAsync(string runtimeIdentifier, CancellationToken cancellationToken = default) =>
        RunDotNetAsync(
            ["pack", RepositoryRoot.SourceProject("PullSecretTasks.Tool"), "-c", RepositoryRoot.Configuration, "-r", runtimeIdentifier, "-o", Feed,
             $"-p:PackageVersion={Version}", "-nologo"],
            RepositoryRoot.Path, null, TimeSpan.FromMinutes(10), useFeedPackages: false, cancellationToken);

    /// <summary>Installs tool <paramref name="id"/> from the feed with <c>--tool-path</c>, the way users get it.</summary>
    public Task<ProcessResult> InstallToolAsync(string id, string toolPath, CancellationToken cancellationToken = default, params string[] extra) =>
        RunDotNetAsync(
            ["tool", "install", id, "--tool-path", toolPath, "--add-source", Feed, "--version", Version, .. extra],
            Directory.Path, null, TimeSpan.FromMinutes(2), useFeedPackages: true, cancellationToken);

    /// <summary>
    /// Writes <c>NuGet.Config</c> into <paramref name="folder"/>: <c>&lt;clear/&gt;</c>, this feed, then the sources this
    /// machine restores from (its mirror), so a consumer project finds the package and everything else.
    /// </summary>
    public async Task<string> WriteNuGetConfigAsync(string folder, CancellationToken cancellationToken = default)
    {
        var list = await RunDotNetAsync(["nuget", "list", "source", "--format", "short"], Directory.Path, null, TimeSpan.FromMinutes(1), useFeedPackages: false, cancellationToken)
            .ConfigureAwait(false);
        var sources = list.StandardOutput.Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal)).Select(l => l[2..].Trim()).ToList();
        var path = Path.Combine(folder, "NuGet.Config");
        System.IO.Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
            {string.Join('\n', sources.Select((s, i) => $"    <add key=\"mirror{i}\" value=\"{s}\" />"))}
              </packageSources>
            </configuration>
            """, cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>
    /// Runs dotnet as a consumer of this feed: NUGET_PACKAGES is <see cref="PackagesFolder"/>, no build servers outlive
    /// the run, and the host's logins and clusters (DOCKER_CONFIG, REGISTRY_AUTH_FILE, KUBECONFIG) are removed.
    /// </summary>
    /// <param name="args">The dotnet arguments.</param>
    /// <param name="workingDirectory">Where to run.</param>
    /// <param name="environment">Variables to set (or, with null, remove) on top of those.</param>
    /// <param name="timeout">The time limit.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    public Task<ProcessResult> RunConsumerAsync(
        IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        RunDotNetAsync(args, workingDirectory, environment, timeout, useFeedPackages: true, cancellationToken);

    private Task<ProcessResult> RunDotNetAsync(
        IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, bool useFeedPackages, CancellationToken cancellationToken)
    {
        var dotnet = Prerequisites.Require("dotnet", "the .NET 10 SDK (apt-get install dotnet-sdk-10.0)");
        var variables = environment is null ? [] : new Dictionary<string, string?>(environment);
        if (useFeedPackages)
        {
            variables.TryAdd("NUGET_PACKAGES", PackagesFolder);
        }

        // No lingering MSBuild nodes or compiler servers: they would outlive the test and hold its output pipes open.
        variables.TryAdd("MSBUILDDISABLENODEREUSE", "1");
        variables.TryAdd("UseSharedCompilation", "false");
        variables.TryAdd("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        variables.TryAdd("DOTNET_NOLOGO", "1");
        variables.TryAdd("DOTNET_CLI_USE_MSBUILD_SERVER", "0");
        // The host's own logins and clusters must never leak into these builds.
        foreach (var name in new[] { "DOCKER_CONFIG", "REGISTRY_AUTH_FILE", "KUBECONFIG" })
        {
            variables.TryAdd(name, null);
        }

        return ProcessRunner.RunAsync(
            dotnet, args, new ProcessOptions { WorkingDirectory = workingDirectory, Environment = variables, Timeout = timeout }, cancellationToken);
    }
}
