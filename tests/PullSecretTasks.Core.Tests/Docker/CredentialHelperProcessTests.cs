using System.Diagnostics;
using System.Runtime.Versioning;
using PullSecretTasks.Docker;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>The helper protocol against real shell-script helpers in a temporary PATH folder.</summary>
[UnsupportedOSPlatform("windows")]
public sealed partial class CredentialHelperProcessTests : IDisposable
{
    private readonly TestDirectory temp = TestDirectory.Create("psec-ut");
    private readonly string bin;
    private readonly Dictionary<string, string> vars;

    public CredentialHelperProcessTests()
    {
        bin = temp.CreateDirectory("bin");
        vars = new Dictionary<string, string> { ["PATH"] = $"{bin}:/usr/bin:/bin", ["CAPTURE"] = temp.Combine("stdin.txt") };
    }

    public void Dispose() => temp.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private void Helper(string name, string body)
    {
        var path = temp.WriteFile($"bin/docker-credential-{name}", "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private CredentialHelperProcess Process(int timeoutMs = 10_000) =>
        new(RunnerEnvironment.From(vars, userId: 1000), TimeSpan.FromMilliseconds(timeoutMs));

    private HelperAnswer Get(string name, string server = "r.example.com") => Process().Get(name, server, Ct);

    private PullSecretException GetFails(string name, string server = "r.example.com", int timeoutMs = 10_000) =>
        Assert.Throws<PullSecretException>(() => Process(timeoutMs).Get(name, server, Ct));

    [Fact]
    public void ReadsTheHelpersJsonAnswer_B1()
    {
        // arrange
        Helper("desktop", """cat > "$CAPTURE"; printf '{"ServerURL":"registry.example.com","Username":"u","Secret":"s"}\n'""");

        // act
        var answer = Get("desktop", "registry.example.com");

        // assert
        Assert.Equal(new HelperAnswer(HelperAnswerKind.Credentials, "u", "s"), answer);
    }

    [Fact]
    public void SendsTheServerUrlOnStdinWithoutANewlineAndGetAsTheVerb()
    {
        // arrange
        Helper("desktop", """[ "$1" = get ] || exit 3; cat > "$CAPTURE"; echo '{"Username":"u","Secret":"s"}'""");

        // act
        Get("desktop", RegistryName.DockerHubKey);

        // assert
        Assert.Equal(RegistryName.DockerHubKey, File.ReadAllText(vars["CAPTURE"]));
    }

    [Fact]
    public void PassesTheRunnerEnvironmentToTheHelper()
    {
        // arrange
        vars["PSEC_HELPER_USER"] = "from-env";
        Helper("env", """printf '{"Username":"%s","Secret":"%s"}' "$PSEC_HELPER_USER" "${HOME:-nohome}" """);

        // act
        var answer = Get("env");

        // assert: HOME is not in the runner environment, so the process's own does not leak in.
        Assert.Equal(("from-env", "nohome"), (answer.Username, answer.Secret));
    }

    [Fact]
    public void ReadsFieldNamesCaseInsensitively_B6()
    {
        // arrange
        Helper("lower", """echo '{"serverurl":"r","username":"u","secret":"s"}'""");

        // act
        var answer = Get("lower");

        // assert
        Assert.Equal(("u", "s"), (answer.Username, answer.Secret));
    }

    [Fact]
    public void TreatsTheNotFoundMessageAsNotFound_B2()
    {
        // arrange
        Helper("desktop", "echo 'credentials not found in native keychain'; exit 1");

        // act
        var answer = Get("desktop");

        // assert
        Assert.Equal(HelperAnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void TreatsEmptyUserAndSecretOnSuccessAsNotFound_B11()
    {
        // arrange
        Helper("pass", """cat > /dev/null; echo '{"ServerURL":"r.example.com","Username":"","Secret":""}'""");

        // act
        var answer = Get("pass");

        // assert
        Assert.Equal(HelperAnswerKind.NotFound, answer.Kind);
    }

    [Fact]
    public void TreatsATokenUserAsAnIdentityToken_B5()
    {
        // arrange
        Helper("acr", """echo '{"ServerURL":"https://example.com:5002","Username":"<token>","Secret":"abcd1234"}'""");

        // act
        var answer = Get("acr", "https://example.com:5002");

        // assert
        Assert.Equal(new HelperAnswer(HelperAnswerKind.IdentityToken, "", "abcd1234"), answer);
    }

    [Theory]
    [InlineData("echo 'not json at all'")]
    [InlineData("echo '{\"Username\":\"u\"}'")]
    [InlineData("echo '[1,2]'")]
    [InlineData("echo '{\"Username\":1,\"Secret\":\"s\"}'")]
    [InlineData("true")]
    public void RejectsOutputThatIsNotTheExpectedJson(string body)
    {
        // arrange
        Helper("odd", body);

        // act
        var ex = GetFails("odd");

        // assert
        Assert.Equal(ErrorCodes.HelperBadOutput, ex.Code);
        Assert.Contains("docker-credential-odd", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsAFailureWithoutEchoingTheHelpersOutput_B4()
    {
        // arrange
        Helper("desktop", "echo 'program failed: leaked-canary-9f2c'; echo 'stderr-canary' >&2; exit 1");

        // act
        var ex = GetFails("desktop");

        // assert
        Assert.Equal(ErrorCodes.HelperFailed, ex.Code);
        Assert.Contains("exit code 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("docker-credential-desktop", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivesUpOnAHelperThatDoesNotAnswerInTime()
    {
        // arrange
        Helper("slow", "exec sleep 20");
        var clock = Stopwatch.StartNew();

        // act
        var ex = GetFails("slow", timeoutMs: 500);

        // assert
        Assert.Equal(ErrorCodes.HelperTimeout, ex.Code);
        Assert.Contains("docker-credential-slow", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void NamesTheProgramWhenTheHelperIsNotOnPath_B3()
    {
        // arrange: nothing in bin.

        // act
        var ex = GetFails("desktop");

        // assert
        Assert.Equal(ErrorCodes.HelperMissing, ex.Code);
        Assert.Contains("docker-credential-desktop", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IgnoresAHelperFileThatIsNotExecutable()
    {
        // arrange
        temp.WriteFile("bin/docker-credential-plain", "#!/bin/sh\necho '{}'\n");

        // act
        var ex = GetFails("plain");

        // assert
        Assert.Equal(ErrorCodes.HelperMissing, ex.Code);
    }

    [Fact]
    public void ListsServersAndUserNames()
    {
        // arrange
        Helper("desktop", """[ "$1" = list ] || exit 3; cat > "$CAPTURE"; echo '{"https://index.docker.io/v1/":"d","r.example.com":"u"}'""");

        // act
        var listed = Process().List("desktop", Ct);

        // assert
        Assert.Equal(new Dictionary<string, string> { [RegistryName.DockerHubKey] = "d", ["r.example.com"] = "u" }, listed);
        Assert.Equal("unused", File.ReadAllText(vars["CAPTURE"]));
    }

    [Theory]
    [InlineData("echo nope; exit 1", ErrorCodes.HelperFailed)]
    [InlineData("echo nope", ErrorCodes.HelperBadOutput)]
    public void ReportsAFailingList(string body, string code)
    {
        // arrange
        Helper("desktop", body);

        // act
        var ex = Assert.Throws<PullSecretException>(() => Process().List("desktop", Ct));

        // assert
        Assert.Equal(code, ex.Code);
    }
}
