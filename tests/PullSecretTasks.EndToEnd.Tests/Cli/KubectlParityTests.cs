using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Cli;

/// <summary>kubectl create secret docker-registry is the reference: the .dockerconfigjson bytes must be identical.</summary>
public sealed class KubectlParityTests(RealComponentsFixture components) : IClassFixture<RealComponentsFixture>
{
    public static TheoryData<string> Passwords =>
    [
        "testpass",
        // Go's encoding/json escapes <, > and & and keeps non-ASCII as UTF-8; System.Text.Json's defaults differ on both.
        "p<a>s&s\"w:o\\rd/+=",
        "pässwörd-✓-日本",
    ];

    [Theory]
    [MemberData(nameof(LoginSource.All), MemberType = typeof(LoginSource))]
    public async Task SecretFromALoginEqualsKubectlOutputByteForByte(string source)
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = await LoggedIn.LoginAsync(source, components, dir);
        var registry = login.Registry;
        var kubectl = await KubectlDryRun.CreateDockerRegistrySecretAsync(
            dir.Path, "s1", "ns1", registry.Host, registry.User, registry.Password, cancellationToken: TestContext.Current.CancellationToken);

        // act
        var ours = await PullSecretCli.RunAsync(login.Environment, "create", "s1", "--registry", registry.Host, "-n", "ns1", "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Equal(PrintedSecret.DecodedData(kubectl.StandardOutput), PrintedSecret.DecodedData(ours.StandardOutput));
        Assert.Equal(PrintedSecret.EncodedData(kubectl.StandardOutput), PrintedSecret.EncodedData(ours.StandardOutput));
    }

    [Theory]
    [MemberData(nameof(Passwords))]
    public async Task ExplicitCredentialsWithAnEmailEqualKubectlOutputByteForByte(string password)
    {
        // arrange
        using var dir = TestDirectory.Create();
        var kubectl = await KubectlDryRun.CreateDockerRegistrySecretAsync(
            dir.Path, "s1", "ns1", "127.0.0.1:5123", "testuser", password, "e2e@example.invalid", TestContext.Current.CancellationToken);

        // act
        var ours = await PullSecretCli.RunWithInputAsync(
            CliEnvironment.Empty(dir),
            password,
            "create", "s1", "--docker-server", "127.0.0.1:5123", "--docker-username", "testuser", "--docker-password-stdin",
            "--docker-email", "e2e@example.invalid", "-n", "ns1", "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Equal(PrintedSecret.DecodedData(kubectl.StandardOutput), PrintedSecret.DecodedData(ours.StandardOutput));
        Assert.Equal(PrintedSecret.EncodedData(kubectl.StandardOutput), PrintedSecret.EncodedData(ours.StandardOutput));
    }

    [Theory]
    [MemberData(nameof(Passwords))]
    public async Task ExplicitCredentialsFromAnEnvironmentVariableEqualKubectlOutputByteForByte(string password)
    {
        // arrange
        using var dir = TestDirectory.Create();
        var kubectl = await KubectlDryRun.CreateDockerRegistrySecretAsync(
            dir.Path, "s1", "ns1", "127.0.0.1:5123", "testuser", password, cancellationToken: TestContext.Current.CancellationToken);
        var environment = CliEnvironment.Empty(dir) with { Extra = new Dictionary<string, string?> { ["PSEC_E2E_PASSWORD"] = password } };

        // act
        var ours = await PullSecretCli.RunAsync(
            environment,
            "create", "s1", "--docker-server", "127.0.0.1:5123", "--docker-username", "testuser", "--docker-password-env", "PSEC_E2E_PASSWORD",
            "-n", "ns1", "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(ours.ExitCode == 0, ours.ToString());
        Assert.Equal(PrintedSecret.EncodedData(kubectl.StandardOutput), PrintedSecret.EncodedData(ours.StandardOutput));
    }
}
