using CsCheck;
using NSubstitute;
using PullSecretTasks.Core.Tests.Docker;
using PullSecretTasks.Docker;
using PullSecretTasks.Registry;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.Core.Tests.Fuzzing;

/// <summary>
/// Property tests over generated input (CsCheck, over 10,000 cases in all): whatever the login output, a helper or a
/// registry says, the core answers with a result or a PSEC code other than PSEC9999, and never echoes a password.
/// A failing case is printed shrunk, with the seed that reproduces it.
/// </summary>
public sealed class LoginOutputProperties : IDisposable
{
    private readonly TestDirectory temp = TestDirectory.Create("psec-fuzz");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void AnyAuthFileResolvesOrFailsWithACodeAndNeverEchoesThePassword()
    {
        var helper = Substitute.For<ICredentialHelper>();
        helper.Get(default!, default!, TestContext.Current.CancellationToken).ReturnsForAnyArgs(new HelperAnswer(HelperAnswerKind.Credentials, "helper-user", FuzzGen.Canary.Password));
        Gen.Select(FuzzGen.AuthFile, FuzzGen.RegistryText.Array[0, 3]).Sample((bytes, asked) =>
        {
            var path = Path.Combine(temp.Path, $"{Guid.NewGuid():N}.json");
            File.WriteAllBytes(path, bytes);
            var log = new RecordingLog();
            var environment = RunnerEnvironment.From(new Dictionary<string, string> { ["HOME"] = temp.Path }, userId: 1000);
            var resolver = new CredentialResolver(path, environment, log, helper);
            Expect(() => resolver.ResolveAll(TestContext.Current.CancellationToken));
            var reports = Expect(() => resolver.Inspect(asked, TestContext.Current.CancellationToken)) ?? [];
            Expect(() => resolver.Resolve(asked.Where(a => RegistryName.TryParse(a) is not null), TestContext.Current.CancellationToken));
            foreach (var text in log.All.Concat(reports.Select(r => $"{r.Registry} {r.Key} {r.Source} {r.UserName} {r.Problem}")))
            {
                Assert.False(FuzzGen.Canary.IsIn(text), $"echoed: {text}");
            }
            File.Delete(path);
        }, iter: 4000, threads: 1);
    }

    [Fact]
    public void AnyHelperOutputIsACredentialOrPsec1010WithoutItsContent()
    {
        FuzzGen.HelperOutput.Sample(stdout =>
        {
            Expect(() => CredentialHelperProcess.ParseGet("pass", "ghcr.io", stdout));
        }, iter: 2000);
    }

    [Fact]
    public void AuthValuesDecodeWithoutThrowingAndEncodingRoundTrips()
    {
        Gen.Select(FuzzGen.RegistryText, Gen.Char.Array[0, 30].Select(c => new string(c))).Sample((user, password) =>
        {
            _ = AuthDecoder.TryDecode(password, out _, out _);
            var cleanUser = user.Replace(":", "", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal);
            var cleanPassword = password.Trim('\0');
            if (cleanUser.Length > 0)
            {
                Assert.True(AuthDecoder.TryDecode(AuthDecoder.Encode(cleanUser, cleanPassword), out var u, out var p));
                Assert.Equal((cleanUser, cleanPassword), (u, p));
            }
        }, iter: 2000);
    }

    [Fact]
    public void RegistryNamesNormaliseWithoutThrowingAndNormalisingTwiceChangesNothing()
    {
        FuzzGen.RegistryText.Sample(text =>
        {
            if (RegistryName.TryParse(text) is { } name)
            {
                var again = RegistryName.TryParse(name.SecretKey);
                Assert.NotNull(again);
                Assert.Equal(name.SecretKey, again.SecretKey);
                Assert.Equal(name.Host, name.Host.ToLowerInvariant());
            }
            _ = RegistryName.FromAuthKey(text, legacy: false);
            _ = RegistryName.FromAuthKey(text, legacy: true);
        }, iter: 2000);
    }

    [Fact]
    public void AnyChallengeHeaderParsesWithoutThrowingAndQuotedValuesRoundTrip()
    {
        var value = Gen.Char.Array[0, 20].Select(c => new string(c));
        var name = Gen.Char["abcdefgxyz_-"].Array[1, 8].Select(c => new string(c));
        Gen.Select(value, name, value).Sample((junk, param, quoted) =>
        {
            _ = AuthChallenge.Parse(junk);
            var escaped = quoted.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            var challenges = AuthChallenge.Parse($"Bearer realm=\"{escaped}\", {param}=\"{escaped}\", Basic realm=x");
            Assert.Equal(["Bearer", "Basic"], challenges.Select(c => c.Scheme));
            Assert.Equal(quoted, challenges[0]["realm"]);
            Assert.Equal(quoted, challenges[0][param]);
        }, iter: 2000);
    }

    // A PSEC code other than PSEC9999, never a password, or a result; anything else fails the property.
    private static T? Expect<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (PullSecretException ex)
        {
            Assert.NotEqual(ErrorCodes.Unexpected, ex.Code);
            Assert.Matches("^PSEC[0-9]{4}$", ex.Code);
            Assert.False(FuzzGen.Canary.IsIn(ex.Message), $"echoed in {ex.Code}: {ex.Message}");
            return default;
        }
    }
}
