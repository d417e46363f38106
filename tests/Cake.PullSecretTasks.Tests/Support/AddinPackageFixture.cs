using PullSecretTasks.TestInfra.Packaging;
using PullSecretTasks.TestInfra.Rigs;

namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>
/// Packs the addin the tests were built against (<c>dotnet pack --no-build</c>, same configuration) into a temporary
/// <see cref="LocalPackageFeed"/>. The unique prerelease version keeps any cached package of the same id from being loaded instead.
/// </summary>
public sealed class AddinPackageFixture : IAsyncLifetime
{
    private LocalPackageFeed? feed;

    /// <summary>The package version that was packed.</summary>
    public string Version => PackageFeed.Version;

    /// <summary>The folder feed holding the package.</summary>
    public string Feed => PackageFeed.Feed;

    /// <summary>The .nupkg.</summary>
    public string PackagePath => PackageFeed.PackagePath("Cake.PullSecretTasks");

    /// <summary>The <c>#addin</c> directive that loads the packed addin from the feed.</summary>
    public string AddinDirective => PackageFeed.AddinDirective("Cake.PullSecretTasks");

    /// <summary>The pack output, for diagnostics.</summary>
    public ProcessResult? Pack { get; private set; }

    /// <summary>The fixture's temporary folder.</summary>
    public TestDirectory Directory => PackageFeed.Directory;

    private LocalPackageFeed PackageFeed => feed ?? throw new InvalidOperationException("Not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        feed = new LocalPackageFeed(TestDirectory.Create("psec-cakepkg"), "cake");
        Pack = await feed.PackBuiltAsync("Cake.PullSecretTasks");
    }

    /// <summary>Fails with the pack output unless the package exists.</summary>
    public string RequirePackage()
    {
        Assert.True(File.Exists(PackagePath), $"dotnet pack did not produce {PackagePath}:\n{Pack}");
        return PackagePath;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        feed?.Directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
