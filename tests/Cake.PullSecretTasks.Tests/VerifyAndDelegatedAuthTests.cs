using System.Text.Json.Nodes;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.Registry;

namespace Cake.PullSecretTasks.Tests;

/// <summary>WithVerify() and WithDelegatedAuth() against a real token-auth registry whose realm is on 127.0.0.2.</summary>
public class VerifyAndDelegatedAuthTests(TokenAuthRegistryFixture token) : IClassFixture<TokenAuthRegistryFixture>
{
    [Fact]
    public async Task WithVerifyThrowsPsec1016ForAWrongPasswordAndWritesNothing()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        token.Login(bed.DockerConfigFile, TokenAuthRegistry.Reader, "not-the-password");
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        bed.Server.ClearRequests();

        // act
        var error = Assert.Throws<CakeException>(() => context.CreatePullSecret("pull", s => s.WithNamespace("ns1").WithRegistry(token.Host).WithVerify()));

        // assert
        Assert.Contains(ErrorCodes.RegistryRefused, error.Message, StringComparison.Ordinal);
        Assert.Contains($"refuses user {TokenAuthRegistry.Reader}", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Writes);
        Assert.DoesNotContain("not-the-password", error.Message + log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithVerifyWarnsPsec1107InCakeWordsAndWithDelegatedAuthAddsTheRealmHost()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        token.Login(bed.DockerConfigFile, TokenAuthRegistry.Reader);
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);

        // act
        context.CreatePullSecret("plain", s => s.WithNamespace("ns1").WithRegistry(token.Host).WithVerify());
        context.CreatePullSecret("delegated", s => s.WithNamespace("ns1").WithRegistry(token.Host).WithVerify().WithDelegatedAuth());

        // assert
        var warning = Assert.Single(log.At(LogLevel.Warning));
        Assert.Contains($"PSEC1107: Registry {token.Host} sends token requests to {token.Rig.RealmHost}", warning, StringComparison.Ordinal);
        Assert.EndsWith("(WithDelegatedAuth()).", warning, StringComparison.Ordinal);
        Assert.Equal([token.Host], Keys(bed, "plain"));
        Assert.Equal([token.Host, token.Rig.RealmHost], Keys(bed, "delegated"));
        token.Canary.AssertAbsent(log.Text, "The Cake log");
    }

    [Fact]
    public async Task AShortLivedPasswordWarnsWithPsec1105AtWarningLevelWithoutTheToken()
    {
        // arrange: the login's password is a JWT that expires in an hour
        await using var bed = await FakeCakeContext.StartBedAsync();
        bed.Login("robot", global::PullSecretTasks.TestInfra.Secrets.TestJwt.WithClaims($$"""{"exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}"""));
        var log = new FakeCakeLog();

        // act
        FakeCakeContext.For(bed, log).CreatePullSecret("pull", s => s.WithNamespace("ns1").WithRegistry(FakeClusterBed.Registry));

        // assert
        Assert.Contains(log.At(LogLevel.Warning), w => w.StartsWith($"warning {ErrorCodes.ShortLivedCredential}:", StringComparison.Ordinal));
        bed.AssertNoLeak(log.Text, "The Cake log");
    }

    private static List<string> Keys(FakeClusterBed bed, string name) =>
        JsonNode.Parse(bed.Server.SecretDataString("ns1", name, ".dockerconfigjson")!)!["auths"]!.AsObject().Select(p => p.Key).ToList();
}
