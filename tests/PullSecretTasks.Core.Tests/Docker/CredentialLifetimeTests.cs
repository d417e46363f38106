using System.Text;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>Each expiry rule of docs/registries.md, with the warning never holding the credential.</summary>
public sealed class CredentialLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    internal static string Jwt(DateTimeOffset exp, string extra = "") =>
        $"eyJhbGciOiJSUzI1NiJ9.{Base64Url($$"""{"exp":{{exp.ToUnixTimeSeconds()}}{{extra}}}""")}.c2lnbmF0dXJl";

    private static string Base64Url(string text) => TestInfra.Secrets.TestJwt.Base64Url(text);

    private static string? Warning(string host, string user, string password)
    {
        var credential = new RegistryCredential(RegistryName.TryParse(host)!, user, password, null, new CredentialSource(CredentialKind.Auths, "/h/.docker/config.json", host, null));
        var warning = CredentialLifetime.Warning(credential, Now);
        if (warning is not null)
        {
            Assert.DoesNotContain(password, warning, StringComparison.Ordinal);
            Assert.Contains(host, warning, StringComparison.Ordinal);
        }
        return warning;
    }

    [Fact]
    public void AnEcrTokenWarnsWithTheExpirationItCarries()
    {
        // arrange: ECR's password is base64 of JSON with "expiration" in Unix seconds
        var token = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"payload":"cGF5bG9hZC1jYW5hcnk=","datakey":"ZGs=","version":"2","type":"DATA_KEY","expiration":1796342400}"""));

        // act
        var warning = Warning("123456789012.dkr.ecr.eu-west-1.amazonaws.com", "AWS", token);

        // assert
        Assert.Contains("ECR login token that expires at 2026-12-04 00:00 UTC", warning, StringComparison.Ordinal);
        Assert.Contains("ecr-credential-provider", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEcrTokenWhoseExpiryCannotBeReadWarnsWithTheDocumentedTwelveHours()
    {
        // act
        var warning = Warning("123456789012.dkr.ecr.eu-west-1.amazonaws.com", "AWS", "not-base64-canary!");

        // assert
        Assert.Contains("expires 12 hours after login", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoogleAccessTokenWarnsOfItsHourAndNamesAServiceAccountKey()
    {
        // act
        var warning = Warning("europe-west1-docker.pkg.dev", "oauth2accesstoken", "ya29.canary-access-token");

        // assert
        Assert.Contains("about an hour after login", warning, StringComparison.Ordinal);
        Assert.Contains("_json_key_base64", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AGoogleServiceAccountKeyDoesNotWarn()
    {
        // act / assert
        Assert.Null(Warning("gcr.io", "_json_key_base64", "eyJ0eXBlIjoic2VydmljZV9hY2NvdW50In0="));
    }

    [Fact]
    public void AGitHubInstallationTokenWarnsThatItEndsWithTheJob()
    {
        // act
        var warning = Warning("ghcr.io", "octocat", "ghs_canary0123456789abcdefghijklmnopqrstu");

        // assert
        Assert.Contains("GITHUB_TOKEN", warning, StringComparison.Ordinal);
        Assert.Contains("read:packages", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AGitHubPersonalAccessTokenDoesNotWarn()
    {
        // act / assert
        Assert.Null(Warning("ghcr.io", "octocat", "ghp_canary0123456789abcdefghijklmnopqrstu"));
    }

    [Fact]
    public void AnAcrTokenWarnsWithItsJwtExpiry()
    {
        // act
        var warning = Warning("myreg.azurecr.io", CloudRegistry.AzureTokenUser, Jwt(Now.AddHours(3)));

        // assert
        Assert.Contains("Azure token that expires at 2026-12-03 15:00 UTC", warning, StringComparison.Ordinal);
        Assert.Contains("acr-credential-provider", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyJwtPasswordWarnsWithItsExpiry()
    {
        // act
        var warning = Warning("registry.example.com", "robot", Jwt(Now.AddDays(2)));

        // assert
        Assert.Contains("a token that expires at 2026-12-05 12:00 UTC", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpiredTokenSaysPullsWillFail()
    {
        // act
        var warning = Warning("myreg.azurecr.io", CloudRegistry.AzureTokenUser, Jwt(Now.AddMinutes(-5)));

        // assert
        Assert.Contains("expired at 2026-12-03 11:55 UTC: pulls with this secret will fail", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("registry.example.com", "user", "plain-password")]
    [InlineData("quay.io", "org+robot", "ABCDEFGHIJ0123456789")]
    [InlineData("registry.example.com", "user", "eyJ.not-a.jwt")]
    [InlineData("registry.example.com", "user", "a.b.c")]
    public void APlainPasswordDoesNotWarn(string host, string user, string password)
    {
        // act / assert
        Assert.Null(Warning(host, user, password));
    }
}
