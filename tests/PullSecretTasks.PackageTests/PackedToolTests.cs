using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.PackageTests;

/// <summary>The tool as <c>dotnet tool install --tool-path</c> installs it from the feed.</summary>
public sealed class PackedToolTests(PackagesFixture packages)
{
    [Fact]
    public void ThePackageInstallsAsADotnetTool()
    {
        // assert
        packages.RequireReady();
        Assert.True(File.Exists(packages.Tool), $"{packages.Tool} was not installed.");
    }

    [Fact]
    public async Task TheInstalledCommandPrintsHelp()
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await RunAsync(CliEnvironment.Empty(dir), null, "--help");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("create", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("inspect", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInstalledCommandPrintsASecretInADryRun()
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await RunAsync(
            CliEnvironment.Empty(dir),
            "testpass",
            "create", "s1", "--docker-server", "127.0.0.1:5123", "--docker-username", "testuser", "--docker-password-stdin",
            "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("testpass", PrintedSecret.Entry(result.StandardOutput, "127.0.0.1:5123").Password);
    }

    private async Task<ProcessResult> RunAsync(CliEnvironment environment, string? standardInput, params string[] arguments)
    {
        packages.RequireReady();
        return await ProcessRunner.RunAsync(
            packages.Tool,
            arguments,
            new ProcessOptions { StandardInput = standardInput, CleanEnvironment = true, Environment = environment.ToVariables(), Timeout = TimeSpan.FromSeconds(60) },
            TestContext.Current.CancellationToken);
    }
}
