using PullSecretTasks.TestInfra.Packaging;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Support;

/// <summary>
/// Packs the tool from a copy of the sources and installs it with <c>dotnet tool install --tool-path</c>, the way
/// users get it. The copy keeps this build away from the Release outputs other builds in the tree use, and the
/// unique prerelease version of the <see cref="LocalPackageFeed"/> keeps a stale cached package from being installed instead.
/// </summary>
public sealed class PackedToolFixture : IAsyncLifetime
{
    private LocalPackageFeed? feed;

    /// <summary>The installed <c>pullsecret</c> command.</summary>
    public string Command => System.IO.Path.Combine(Directory.Combine("tools"), "pullsecret");

    /// <summary>The package version that was packed and installed.</summary>
    public string Version => PackageFeed.Version;

    /// <summary>The pack and install output, for diagnostics.</summary>
    public IReadOnlyList<ProcessResult> Steps { get; private set; } = [];

    /// <summary>The fixture's temporary folder.</summary>
    public TestDirectory Directory => PackageFeed.Directory;

    private LocalPackageFeed PackageFeed => feed ?? throw new InvalidOperationException("Not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        feed = new LocalPackageFeed(TestDirectory.Create("psec-pack"), "e2e");
        var pack = await feed.PackCopyAsync("PullSecretTasks.Tool", ["PullSecretTasks.Core", "PullSecretTasks.Tool"]);
        var install = pack.ExitCode != 0 ? null : await feed.InstallToolAsync("PullSecretTasks.Tool", Directory.Combine("tools"));
        Steps = install is null ? [pack] : [pack, install];
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        feed?.Directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
