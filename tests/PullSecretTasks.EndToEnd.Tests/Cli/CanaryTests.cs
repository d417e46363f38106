using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Cli;

/// <summary>No credential in any output except the Secret data printed on purpose.</summary>
public sealed class CanaryTests(CanaryFixture canary) : IClassFixture<CanaryFixture>
{
    public static TheoryData<string[]> QuietCommands => new(
        ["inspect"],
        ["inspect", "--registry", "{HOST}"],
        ["inspect", "--registry", "{HOST}", "-o", "json"],
        ["create", "s1", "--registry", "{HOST}", "--dry-run", "client"],
        ["create", "s1", "--registry", "{HOST}", "--dry-run", "client", "-o", "name"],
        ["create", "s1", "--all-registries", "--dry-run", "client"]);

    [Theory]
    [MemberData(nameof(QuietCommands))]
    public async Task SucceedingCommandsNeverPrintTheCanary(string[] arguments)
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await PullSecretCli.RunAsync(Environment(dir), Expand(arguments));

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        canary.AssertNoLeak(result.CombinedOutput, string.Join(' ', arguments));
    }

    [Fact]
    public async Task AnUnknownRegistryFailsWithoutPrintingTheCanary()
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await PullSecretCli.RunAsync(Environment(dir), "create", "s1", "--registry", "127.0.0.1:1", "--dry-run", "client");

        // assert
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error PSEC1", result.StandardError, StringComparison.Ordinal);
        canary.AssertNoLeak(result.CombinedOutput, "unknown registry");
    }

    [Theory]
    [InlineData("create")]
    [InlineData("inspect")]
    public async Task AMissingCredentialHelperFailsWithoutPrintingTheCanaryStoredNextToIt(string verb)
    {
        // arrange: the helper entry wins over the auth stored in the same file, and the helper does not exist
        using var dir = TestDirectory.Create();
        var host = canary.Registry.Host;
        var docker = DockerLogin.WithConfig(
            dir.Combine("docker"),
            $$$"""{"auths":{"{{{host}}}":{"auth":"{{{Canary.Base64($"{canary.User}:{canary.Password}")}}}"}},"credHelpers":{"{{{host}}}":"psec-e2e-missing"}}""");
        var environment = CliEnvironment.Empty(dir) with { DockerConfig = docker.ConfigDirectory };
        string[] arguments = verb == "create" ? ["create", "s1", "--registry", host, "--dry-run", "client"] : ["inspect", "--registry", host];

        // act
        var result = await PullSecretCli.RunAsync(environment, arguments);

        // assert
        if (verb == "create")
        {
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("error PSEC1", result.StandardError, StringComparison.Ordinal);
        }

        Assert.Contains("psec-e2e-missing", result.CombinedOutput, StringComparison.Ordinal);
        canary.AssertNoLeak(result.CombinedOutput, $"{verb} with a missing helper");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public async Task PrintedSecretsHoldTheCanaryOnlyInsideTheDataValue(string format)
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await PullSecretCli.RunAsync(Environment(dir), "create", "s1", "--registry", canary.Registry.Host, "--dry-run", "client", "-o", format);

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        var data = format == "json" ? PrintedSecret.EncodedData(result.StandardOutput) : YamlDataValue(result.StandardOutput);
        Assert.Equal(canary.Password, PrintedSecret.Entry($$$"""{"data":{".dockerconfigjson":"{{{data}}}"}}""", canary.Registry.Host).Password);
        canary.AssertNoLeak(result.StandardOutput.Replace(data, string.Empty, StringComparison.Ordinal), $"-o {format} outside the data value");
        canary.AssertNoLeak(result.StandardError, $"-o {format} stderr");
    }

    private CliEnvironment Environment(TestDirectory dir) => CliEnvironment.Empty(dir) with { DockerConfig = canary.DockerConfig };

    private string[] Expand(string[] arguments) =>
        [.. arguments.Select(a => a.Replace("{HOST}", canary.Registry.Host, StringComparison.Ordinal))];

    private static string YamlDataValue(string yaml)
    {
        // The key may be quoted by the YAML writer; the base64 value never contains a colon.
        var line = yaml.Split('\n').Single(l => l.TrimStart().TrimStart('"', '\'').StartsWith(".dockerconfigjson", StringComparison.Ordinal));
        return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('"', '\'');
    }
}
