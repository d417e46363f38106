using NSubstitute;
using PullSecretTasks.Docker;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>
/// The decoding, helper and file-order rules of docs/credentials.md run through the resolver with real files in a temporary HOME and a fake helper.
/// The partial files group them: decoding (A), helpers (B), files and search order (D), errors.
/// </summary>
public sealed partial class CredentialResolverTests : IDisposable
{
    private const string UserPass = "dXNlcjpwYXNz";

    private readonly TestDirectory temp = TestDirectory.Create("psec-ut");
    private readonly RecordingLog log = new();
    private readonly ICredentialHelper helper = Substitute.For<ICredentialHelper>();
    private readonly Dictionary<string, string> vars;

    public CredentialResolverTests()
    {
        // XDG_RUNTIME_DIR always points into the temp folder, so /run/containers/UID on this machine is never read.
        vars = new Dictionary<string, string>
        {
            ["HOME"] = temp.CreateDirectory("home"),
            ["XDG_RUNTIME_DIR"] = temp.CreateDirectory("run"),
            ["PATH"] = "/usr/bin:/bin",
        };
    }

    public void Dispose() => temp.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DockerConfig(string json) => temp.WriteFile("home/.docker/config.json", json);

    private static string Auths(string key, string entry) => $$$$"""{"auths":{"{{{{key}}}}":{{{{entry}}}}}}""";

    private CredentialResolver Resolver(string? explicitPath = null) =>
        new(explicitPath, RunnerEnvironment.From(vars, userId: 1000), log, helper);

    private RegistryCredential Resolve(string registry, string? explicitPath = null) =>
        Resolver(explicitPath).Resolve([registry], Ct).Single();

    private PullSecretException Fails(string registry, string? explicitPath = null) =>
        Assert.Throws<PullSecretException>(() => Resolve(registry, explicitPath));

    private void HelperAnswers(string name, string server, HelperAnswer answer) =>
        helper.Get(name, server, Arg.Any<CancellationToken>()).Returns(answer);

    private void HelperThrows(string name, string server, string code) =>
        helper.Get(name, server, Arg.Any<CancellationToken>()).Returns(_ => throw new PullSecretException(code, $"helper {name} failed"));

    private static HelperAnswer Creds(string user, string secret) => new(HelperAnswerKind.Credentials, user, secret);

    private static HelperAnswer NotFound => new(HelperAnswerKind.NotFound);
}
