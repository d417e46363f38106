using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Cli;

public sealed class PackedToolTests(PackedToolFixture tool) : IClassFixture<PackedToolFixture>
{
    [Fact]
    public void ThePackagePacksAndInstallsAsADotnetTool()
    {
        // assert
        Assert.All(tool.Steps, step => Assert.True(step.ExitCode == 0, step.ToString()));
        Assert.Equal(2, tool.Steps.Count);
        Assert.True(File.Exists(tool.Command), $"{tool.Command} was not installed.");
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
        Assert.Equal("testpass", DockerConfigJson.Entry(result.StandardOutput, "127.0.0.1:5123").Password);
    }

    private async Task<ProcessResult> RunAsync(CliEnvironment environment, string? standardInput, params string[] arguments)
    {
        Assert.True(File.Exists(tool.Command), string.Join('\n', tool.Steps));
        return await ProcessRunner.RunAsync(
            tool.Command,
            arguments,
            new ProcessOptions { StandardInput = standardInput, CleanEnvironment = true, Environment = environment.ToVariables(), Timeout = TimeSpan.FromSeconds(60) },
            TestContext.Current.CancellationToken);
    }
}
