using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;

namespace PullSecretTasks.Tool.Tests;

/// <summary>What az acr login leaves makes a usable secret, with the token's expiry said on stderr and never the token.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class CloudLoginTests : IDisposable
{
    private readonly CliHarness cli = new();

    public void Dispose() => cli.Dispose();

    private static string Base64Url(string text) => TestInfra.Secrets.TestJwt.Base64Url(text);

    [Fact]
    public async Task AnAzAcrLoginBecomesTheTokenUserWithAnExpiryWarning()
    {
        // arrange: auth is "00000000-0000-0000-0000-000000000000:" and the refresh token a JWT
        var exp = DateTimeOffset.UtcNow.AddHours(3);
        var token = $$"""eyJhbGciOiJSUzI1NiJ9.{{Base64Url($$"""{"exp":{{exp.ToUnixTimeSeconds()}},"tenant":"canary-tenant"}""")}}.c2lnbmF0dXJlLWNhbmFyeQ""";
        cli.DockerConfig("""{"auths":{"myreg.azurecr.io":{"auth":"MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==","identitytoken":""" + $"\"{token}\"" + "}}}");

        // act
        var run = await cli.RunAsync("create", "acr-pull", "--registry", "myreg.azurecr.io", "--dry-run=client", "-o", "json");

        // assert: the secret holds user 0000... with the token as password
        Assert.True(run.Exit == 0, run.All);
        using var doc = JsonDocument.Parse(run.Out);
        var config = Encoding.UTF8.GetString(Convert.FromBase64String(doc.RootElement.GetProperty("data").GetProperty(".dockerconfigjson").GetString()!));
        var auth = JsonDocument.Parse(config).RootElement.GetProperty("auths").GetProperty("myreg.azurecr.io");
        Assert.Equal("00000000-0000-0000-0000-000000000000:" + token, Encoding.UTF8.GetString(Convert.FromBase64String(auth.GetProperty("auth").GetString()!)));
        Assert.Contains("warning PSEC1105: ", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain(token, run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", run.Err, StringComparison.Ordinal);
    }
}
