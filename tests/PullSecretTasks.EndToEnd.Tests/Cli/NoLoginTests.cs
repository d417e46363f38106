using System.Text.RegularExpressions;
using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Cli;

/// <summary>What a user sees before ever running docker login: one coded line that says what to do.</summary>
public sealed partial class NoLoginTests
{
    [Fact]
    public async Task AllRegistriesWithoutAnyLoginFailsTellingTheUserToRunDockerLogin()
    {
        // arrange: empty HOME, no DOCKER_CONFIG, no REGISTRY_AUTH_FILE, an empty XDG_RUNTIME_DIR
        using var dir = TestDirectory.Create();

        // act
        var result = await PullSecretCli.RunAsync(CliEnvironment.Empty(dir), "create", "s", "--all-registries", "--dry-run", "client");

        // assert
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.StandardError.Split('\n'), line => ErrorLine().IsMatch(line) && line.Contains("docker login", StringComparison.Ordinal));
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task ANamedRegistryWithoutAnyLoginFailsWithACodedError()
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await PullSecretCli.RunAsync(CliEnvironment.Empty(dir), "create", "s", "--registry", "127.0.0.1:5123", "--dry-run", "client");

        // assert
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.StandardError.Split('\n'), line => ErrorLine().IsMatch(line));
        AssertNoStackTrace(result);
    }

    [Fact]
    public async Task AnUnknownOptionIsAUsageErrorWithExitCodeTwo()
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await PullSecretCli.RunAsync(CliEnvironment.Empty(dir), "create", "s", "--no-such-option");

        // assert
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.StandardError.Split('\n'), line => line.StartsWith("error PSEC3", StringComparison.Ordinal));
    }

    private static void AssertNoStackTrace(ProcessResult result)
    {
        Assert.DoesNotContain("   at ", result.CombinedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.CombinedOutput, StringComparison.Ordinal);
    }

    [GeneratedRegex("^error PSEC1[0-9]{3}: .+")]
    private static partial Regex ErrorLine();
}
