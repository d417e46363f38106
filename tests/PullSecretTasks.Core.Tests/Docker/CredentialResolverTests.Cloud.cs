using NSubstitute;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>Cloud logins: what az acr login leaves becomes a usable credential; other token-only entries say what to do.</summary>
public sealed partial class CredentialResolverTests
{
    private const string AcrAuth = "MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg=="; // "00000000-0000-0000-0000-000000000000:"

    [Fact]
    public void AnAzIdentityTokenForAcrBecomesTheTokenUserWithTheTokenAsPassword()
    {
        // arrange: what az acr login writes
        var token = CredentialLifetimeTests.Jwt(DateTimeOffset.UtcNow.AddHours(3));
        DockerConfig(Auths("myreg.azurecr.io", $$"""{"auth":"{{AcrAuth}}","identitytoken":"{{token}}"}"""));

        // act
        var credential = Resolve("myreg.azurecr.io");

        // assert
        Assert.Equal((CloudRegistry.AzureTokenUser, token), (credential.Username, credential.Password));
    }

    [Fact]
    public void AnAcrIdentityTokenFromAHelperBecomesTheTokenUserToo()
    {
        // arrange
        DockerConfig("""{"credHelpers":{"myreg.azurecr.cn":"acr-env"}}""");
        HelperAnswers("acr-env", "myreg.azurecr.cn", new HelperAnswer(HelperAnswerKind.IdentityToken, "", "refresh-canary"));

        // act
        var credential = Resolve("myreg.azurecr.cn");

        // assert
        Assert.Equal((CloudRegistry.AzureTokenUser, "refresh-canary"), (credential.Username, credential.Password));
    }

    [Fact]
    public void AnIdentityTokenElsewhereIsStillRefused()
    {
        // arrange
        DockerConfig(Auths("registry.example.com", """{"identitytoken":"refresh-canary"}"""));

        // act
        var ex = Fails("registry.example.com");

        // assert
        Assert.Equal(ErrorCodes.TokenOnly, ex.Code);
        Assert.DoesNotContain("refresh-canary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIbmIdentityTokenIsRefusedNamingTheApiKeyLogin()
    {
        // arrange: what ibmcloud cr login leaves
        DockerConfig(Auths("de.icr.io", """{"auth":"aWFtcmVmcmVzaDo=","identitytoken":"refresh-canary"}"""));

        // act
        var ex = Fails("de.icr.io");

        // assert
        Assert.Equal(ErrorCodes.TokenOnly, ex.Code);
        Assert.Contains("docker login de.icr.io -u iamapikey --password-stdin", ex.Message, StringComparison.Ordinal);
    }
}
