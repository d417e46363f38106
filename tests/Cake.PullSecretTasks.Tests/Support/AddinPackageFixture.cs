using System.Globalization;
using PullSecretTasks.TestInfra.Rigs;

namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>
/// Packs the addin the tests were built against (<c>dotnet pack --no-build</c>, same configuration) into a temporary
/// feed. The unique prerelease version keeps any cached package of the same id from being loaded instead.
/// </summary>
public sealed class AddinPackageFixture : IAsyncLifetime
{
    private TestDirectory? directory;

    /// <summary>The package version that was packed.</summary>
    public string Version { get; } =
        $"0.0.0-cake.{DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The folder feed holding the package.</summary>
    public string Feed => Directory.Combine("feed");

    /// <summary>The .nupkg.</summary>
    public string PackagePath => System.IO.Path.Combine(Feed, $"Cake.PullSecretTasks.{Version}.nupkg");

    /// <summary>The <c>#addin</c> directive that loads the packed addin from the feed.</summary>
    public string AddinDirective => $"#addin nuget:file://{Feed}?package=Cake.PullSecretTasks&version={Version}";

    /// <summary>The pack output, for diagnostics.</summary>
    public ProcessResult? Pack { get; private set; }

    /// <summary>The fixture's temporary folder.</summary>
    public TestDirectory Directory => directory ?? throw new InvalidOperationException("Not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        directory = TestDirectory.Create("psec-cakepkg");
        var dotnet = Prerequisites.Require("dotnet", "the .NET 10 SDK (apt-get install dotnet-sdk-10.0)");
        Pack = await ProcessRunner.RunAsync(
            dotnet,
            ["pack", RepositoryRoot.AddinProject, "-c", RepositoryRoot.Configuration, "--no-build", "-o", Feed, $"-p:PackageVersion={Version}"],
            new ProcessOptions { WorkingDirectory = RepositoryRoot.Path, Timeout = TimeSpan.FromMinutes(2) });
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
        directory?.Dispose();
        return ValueTask.CompletedTask;
    }
}
