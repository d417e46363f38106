using System.Text;
using NSubstitute;
using PullSecretTasks.Core.Tests.Docker;
using PullSecretTasks.Docker;
using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;

// Root test namespace on purpose: a PullSecretTasks.Core.Tests.Requests namespace would shadow PullSecretTasks.Requests
// for every test written as Requests.X under PullSecretTasks.Core.Tests.*.
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.Core.Tests;

/// <summary>Create and inspect through the runner, client-side dry run only (no cluster).</summary>
public sealed class PullSecretRunnerTests : IDisposable
{
    private readonly TestDirectory temp = TestDirectory.Create("psec-ut");
    private readonly RecordingLog log = new();
    private readonly ICredentialHelper helper = Substitute.For<ICredentialHelper>();
    private readonly Dictionary<string, string> vars;

    public PullSecretRunnerTests()
    {
        vars = new Dictionary<string, string> { ["HOME"] = temp.CreateDirectory("home"), ["XDG_RUNTIME_DIR"] = temp.CreateDirectory("run") };
        temp.WriteFile("home/.docker/config.json", """{"auths":{"ghcr.io":{"auth":"dTpw"},"https://index.docker.io/v1/":{"auth":"ZDpx"}}}""");
    }

    public void Dispose() => temp.Dispose();

    private RunnerContext Context(string? stdin = null) => new()
    {
        Log = log,
        Environment = RunnerEnvironment.From(vars, userId: 1000),
        CredentialHelper = helper,
        StandardInput = stdin is null ? null : new StringReader(stdin),
    };

    private async Task<IReadOnlyList<PullSecretManifest>> Create(CreateRequest request, string? stdin = null) =>
        (await PullSecretRunner.CreateAsync(request with { DryRun = DryRunMode.Client }, Context(stdin), TestContext.Current.CancellationToken))
            .Secrets.Select(s => s.Secret).ToList();

    private async Task<PullSecretException> Fails(CreateRequest request) =>
        await Assert.ThrowsAsync<PullSecretException>(() => Create(request));

    private static string Data(PullSecretManifest secret) => Encoding.UTF8.GetString(secret.Data[".dockerconfigjson"]);

    [Fact]
    public async Task BuildsTheSecretFromTheNamedRegistries_E16()
    {
        // arrange
        var request = new CreateRequest { Name = "app-pull", Namespaces = ["ns1"], Registries = ["docker.io", "ghcr.io"] };

        // act
        var secret = Assert.Single(await Create(request));

        // assert
        Assert.Equal(
            """{"auths":{"ghcr.io":{"username":"u","password":"p","auth":"dTpw"},"https://index.docker.io/v1/":{"username":"d","password":"q","auth":"ZDpx"}}}""",
            Data(secret));
        Assert.Equal(("app-pull", "ns1", SecretTypes.DockerConfigJson), (secret.Name, secret.Namespace, secret.Type));
    }

    [Fact]
    public async Task TakesEveryRegistryWithAllRegistries()
    {
        // arrange
        var request = new CreateRequest { Name = "s", Namespaces = ["a", "b", "a"], AllRegistries = true };

        // act
        var secrets = await Create(request);

        // assert
        Assert.Equal(["a", "b"], secrets.Select(s => s.Namespace));
        Assert.Contains("\"ghcr.io\"", Data(secrets[0]), StringComparison.Ordinal);
        Assert.Contains("\"https://index.docker.io/v1/\"", Data(secrets[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CombinesAnExplicitCredentialWithFoundOnesAndLetsItWin()
    {
        // arrange
        var request = new CreateRequest
        {
            Name = "s",
            Namespaces = ["ns"],
            Registries = ["ghcr.io", "docker.io"],
            DockerServer = new ExplicitCredential("ghcr.io", "robot", PasswordSource.StandardInput, "r@example.com"),
        };

        // act
        var secret = Assert.Single(await Create(request, "pw\n"));

        // assert
        Assert.Contains("\"ghcr.io\":{\"username\":\"robot\",\"password\":\"pw\",\"email\":\"r@example.com\",", Data(secret), StringComparison.Ordinal);
        Assert.Contains("\"username\":\"d\"", Data(secret), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadsAnExplicitPasswordFromANamedVariable()
    {
        // arrange
        vars["REG_PW"] = "from-env";
        var request = new CreateRequest
        {
            Name = "s",
            Namespaces = ["ns"],
            DockerServer = new ExplicitCredential("r.example.com", "robot", PasswordSource.FromVariable("REG_PW")),
        };

        // act
        var secret = Assert.Single(await Create(request));

        // assert
        Assert.Contains("\"password\":\"from-env\"", Data(secret), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bad_Name", ErrorCodes.InvalidSecretName)]
    [InlineData("-leading", ErrorCodes.InvalidSecretName)]
    [InlineData("", ErrorCodes.InvalidSecretName)]
    public async Task RejectsAnInvalidSecretName(string name, string code)
    {
        // arrange
        var request = new CreateRequest { Name = name, Namespaces = ["ns"], Registries = ["ghcr.io"] };

        // act
        var ex = await Fails(request);

        // assert
        Assert.Equal(code, ex.Code);
    }

    [Theory]
    [InlineData("Team-A")]
    [InlineData("a.b")]
    [InlineData("ns-")]
    public async Task RejectsAnInvalidNamespace(string ns)
    {
        // arrange
        var request = new CreateRequest { Name = "s", Namespaces = ["ok", ns], Registries = ["ghcr.io"] };

        // act
        var ex = await Fails(request);

        // assert
        Assert.Equal(ErrorCodes.InvalidNamespace, ex.Code);
        Assert.Contains(ns, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequiresARegistry()
    {
        // arrange
        var request = new CreateRequest { Name = "s", Namespaces = ["ns"] };

        // act
        var ex = await Fails(request);

        // assert
        Assert.Equal(ErrorCodes.NoRegistry, ex.Code);
    }

    [Fact]
    public async Task RejectsAnUnknownSecretType()
    {
        // arrange
        var request = new CreateRequest { Name = "s", Namespaces = ["ns"], Registries = ["ghcr.io"], Type = "kubernetes.io/tls" };

        // act
        var ex = await Fails(request);

        // assert
        Assert.Equal(ErrorCodes.InvalidSecretType, ex.Code);
    }

    [Fact]
    public async Task WarnsForOpaqueAndWritesTheLegacyMapForDockercfg()
    {
        // arrange
        var opaque = new CreateRequest { Name = "s", Namespaces = ["ns"], Registries = ["ghcr.io"], Type = "opaque" };
        var legacy = opaque with { Type = "dockercfg" };

        // act
        var opaqueSecret = Assert.Single(await Create(opaque));
        var legacySecret = Assert.Single(await Create(legacy));

        // assert
        Assert.Equal(ErrorCodes.OpaqueWarning, Assert.Single(log.Warnings).Code);
        Assert.Equal(".dockerconfigjson", Assert.Single(opaqueSecret.Data).Key);
        Assert.Equal("""{"ghcr.io":{"username":"u","password":"p","auth":"dTpw"}}""", Encoding.UTF8.GetString(legacySecret.Data[".dockercfg"]));
    }

    [Fact]
    public async Task UsesTheKubeconfigContextNamespaceWhenNoneIsGiven()
    {
        // arrange
        vars["KUBECONFIG"] = KubeconfigFilesTests.Write(temp, "kc", current: "dev", ("dev", "team-dev"));
        var request = new CreateRequest { Name = "s", Registries = ["ghcr.io"] };

        // act
        var secret = Assert.Single(await Create(request));

        // assert
        Assert.Equal("team-dev", secret.Namespace);
    }

    [Fact]
    public async Task UsesDefaultWithoutAnyKubeconfig()
    {
        // arrange
        var request = new CreateRequest { Name = "s", Registries = ["ghcr.io"] };

        // act
        var secret = Assert.Single(await Create(request));

        // assert
        Assert.Equal("default", secret.Namespace);
    }

    [Fact]
    public void InspectsWithoutRunningHelpersForAuthsEntries()
    {
        // arrange
        var request = new InspectRequest { Registries = ["ghcr.io"] };

        // act
        var report = Assert.Single(PullSecretRunner.Inspect(request, Context(), TestContext.Current.CancellationToken));

        // assert
        Assert.Equal(("ghcr.io", "u", true), (report.Registry, report.UserName, report.Usable));
        helper.ReceivedCalls().ToList().ForEach(c => Assert.Fail($"unexpected helper call {c.GetMethodInfo().Name}"));
    }
}
