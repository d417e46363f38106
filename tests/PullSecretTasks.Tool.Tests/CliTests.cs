namespace PullSecretTasks.Tool.Tests;

/// <summary>Exit codes, error lines and refusals shared by every verb.</summary>
public sealed class CliTests : IDisposable
{
    private readonly CliHarness cli = new();

    public CliTests() => cli.DockerConfig("""{"auths":{"r.example.com":{"auth":"dXNlcjpwYXNz"}}}""");

    public void Dispose() => cli.Dispose();

    private static void AssertOneErrorLine(CliRun run, string code)
    {
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"error {code}: ", Assert.Single(lines, l => l.StartsWith("error ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExitsWithZeroOnSuccess()
    {
        // arrange / act
        var run = await cli.RunAsync("create", "s", "--registry", "r.example.com", "--dry-run", "client", "-n", "ns");

        // assert
        Assert.Equal((0, "secret/s created (dry run)\n", ""), (run.Exit, run.Out, run.Err));
    }

    [Fact]
    public async Task ExitsWithOneAndOneErrorLineForACredentialFailure()
    {
        // arrange / act
        var run = await cli.RunAsync("create", "s", "--registry", "missing.example.com", "--dry-run", "client", "-n", "ns");

        // assert
        Assert.Equal((1, ""), (run.Exit, run.Out));
        AssertOneErrorLine(run, "PSEC1003");
        Assert.Contains("r.example.com", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PSEC0004", "create", "Bad_Name", "--registry", "r.example.com", "--dry-run", "client", "-n", "ns")]
    [InlineData("PSEC0005", "create", "s", "--registry", "r.example.com", "--dry-run", "client", "-n", "Not_Valid")]
    [InlineData("PSEC0006", "create", "s", "--registry", "r.example.com", "--dry-run", "client", "-n", "ns", "--type", "tls")]
    [InlineData("PSEC0008", "create", "s", "--registry", "not a host", "--dry-run", "client", "-n", "ns")]
    [InlineData("PSEC0003", "create", "s", "--dry-run", "client", "-n", "ns")]
    [InlineData("PSEC0007", "create", "s", "--registry", "r.example.com", "--all-registries", "--dry-run", "client")]
    [InlineData("PSEC3001", "create", "s", "--docker-server", "r.example.com", "--docker-password-stdin", "--dry-run", "client")]
    [InlineData("PSEC3001", "create", "s", "--docker-server", "r.example.com", "--docker-username", "u", "--dry-run", "client")]
    [InlineData("PSEC3001", "create", "s", "--docker-server", "r.example.com", "--docker-username", "u", "--docker-password-stdin", "--docker-password-env", "PW", "--dry-run", "client")]
    [InlineData("PSEC0007", "create", "s", "--registry", "r.example.com", "--dry-run", "client", "--timeout", "soon")]
    [InlineData("PSEC0007", "create", "s", "--registry", "r.example.com", "--dry-run", "client", "--timeout", "1e12")]
    [InlineData("PSEC0007", "create", "s", "--registry", "r.example.com", "--dry-run", "client", "--link", "builder", "--for", "push")]
    [InlineData("PSEC3001", "create", "s", "--registry", "r.example.com", "--bogus")]
    [InlineData("PSEC0007", "create", "s", "--registry", "r.example.com", "--dry-run", "maybe")]
    [InlineData("PSEC3001", "create", "s", "--registry", "r.example.com", "-o", "table")]
    [InlineData("PSEC3001", "create")]
    [InlineData("PSEC3001", "inspect", "-o", "yaml")]
    public async Task ExitsWithTwoForUsageAndValidationErrors(string code, params string[] args)
    {
        // arrange / act
        var run = await cli.RunAsync(args);

        // assert
        Assert.Equal((2, ""), (run.Exit, run.Out));
        AssertOneErrorLine(run, code);
    }

    [Theory]
    [InlineData("--docker-password", "hunter2")]
    [InlineData("--docker-password=hunter2")]
    [InlineData("--password", "hunter2")]
    [InlineData("-p", "hunter2")]
    [InlineData("-phunter2")]
    [InlineData("-p:hunter2")]
    [InlineData("-p=hunter2")]
    [InlineData("--docker-password:hunter2")]
    [InlineData("--password:hunter2")]
    [InlineData("--docker-passwd", "hunter2")]
    [InlineData("--DOCKER-PASSWORD", "hunter2")]
    [InlineData("--pass", "hunter2")]
    [InlineData("--docker_password", "hunter2")]
    [InlineData("--docker-password-stdin", "hunter2")]
    [InlineData("--docker-password-stdin=hunter2")]
    public async Task RefusesAPasswordArgumentWithoutEchoingIt(params string[] password)
    {
        // arrange
        string[] args = ["create", "s", "--docker-server", "r.example.com", "--docker-username", "u", .. password, "--dry-run", "client"];

        // act
        var run = await cli.RunAsync(args);

        // assert
        Assert.Equal((2, ""), (run.Exit, run.Out));
        AssertOneErrorLine(run, "PSEC3001");
        Assert.DoesNotContain("hunter2", run.Err, StringComparison.Ordinal);
        Assert.Contains("--docker-password-stdin", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--no-such-flag", "hunter2")]
    [InlineData("--no-such-flag=hunter2")]
    [InlineData("hunter2")]
    public async Task AnUnrecognisedArgumentIsNamedOnlyWhenItIsAnOptionNameNeverItsValue(params string[] extra)
    {
        // arrange
        string[] args = ["create", "s", "--registry", "r.example.com", "--dry-run", "client", .. extra];

        // act
        var run = await cli.RunAsync(args);

        // assert
        Assert.Equal(2, run.Exit);
        Assert.Contains("error PSEC3001: ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Err, StringComparison.Ordinal);
        Assert.Equal(extra[0].StartsWith("--", StringComparison.Ordinal), run.Err.Contains("--no-such-flag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PrintsHelpAndExitsWithZero()
    {
        // arrange / act
        var run = await cli.RunAsync("create", "--help");

        // assert
        Assert.Equal(0, run.Exit);
        Assert.Contains("--registry", run.Out, StringComparison.Ordinal);
        Assert.Contains("--docker-password-stdin", run.Out, StringComparison.Ordinal);
    }
}
