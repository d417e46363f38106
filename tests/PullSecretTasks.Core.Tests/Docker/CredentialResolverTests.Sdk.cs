using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>
/// The .NET SDK's push credential variables, read as dotnet/sdk src/Containers reads them for a push: the first
/// complete pair wins, over any docker login, and only for the registry the SDK pushes to.
/// </summary>
public sealed partial class CredentialResolverTests
{
    private const string PushRegistry = "registry.example.com:5000";

    private CredentialResolver SdkResolver(string? pushRegistry = PushRegistry) =>
        new(null, RunnerEnvironment.From(vars, userId: 1000), log, helper, pushRegistry);

    [Fact]
    public void ThePushPairWinsOverTheGenericPairAndTheDockerLogin()
    {
        // arrange
        DockerConfig(Auths(PushRegistry, $$$"""{"auth":"{{{UserPass}}}"}"""));
        vars["DOTNET_CONTAINER_PUSH_REGISTRY_UNAME"] = "push-user";
        vars["DOTNET_CONTAINER_PUSH_REGISTRY_PWORD"] = "push-pass";
        vars["DOTNET_CONTAINER_REGISTRY_UNAME"] = "generic-user";
        vars["DOTNET_CONTAINER_REGISTRY_PWORD"] = "generic-pass";

        // act
        var credential = SdkResolver().Resolve([PushRegistry], Ct).Single();

        // assert
        Assert.Equal(("push-user", "push-pass"), (credential.Username, credential.Password));
        Assert.Equal(CredentialKind.SdkEnvironment, credential.Source.Kind);
        Assert.Contains("DOTNET_CONTAINER_PUSH_REGISTRY_UNAME", credential.Source.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DOTNET_CONTAINER_REGISTRY_UNAME", "DOTNET_CONTAINER_REGISTRY_PWORD")]
    [InlineData("SDK_CONTAINER_REGISTRY_UNAME", "SDK_CONTAINER_REGISTRY_PWORD")]
    public void EachOlderPairCountsWhenTheOnesBeforeItAreIncomplete(string userVariable, string passwordVariable)
    {
        // arrange: the push pair has a user and an empty password, which the SDK treats as unset.
        vars["DOTNET_CONTAINER_PUSH_REGISTRY_UNAME"] = "half";
        vars["DOTNET_CONTAINER_PUSH_REGISTRY_PWORD"] = "";
        vars[userVariable] = "u";
        vars[passwordVariable] = "p";

        // act
        var credential = SdkResolver().Resolve([PushRegistry], Ct).Single();

        // assert
        Assert.Equal(("u", "p"), (credential.Username, credential.Password));
    }

    [Fact]
    public void TheVariablesDoNotCountForAnotherRegistry()
    {
        // arrange
        DockerConfig(Auths("other.example.com", $$$"""{"auth":"{{{UserPass}}}"}"""));
        vars["DOTNET_CONTAINER_REGISTRY_UNAME"] = "u";
        vars["DOTNET_CONTAINER_REGISTRY_PWORD"] = "p";

        // act
        var credential = SdkResolver().Resolve(["other.example.com"], Ct).Single();

        // assert
        Assert.Equal("user", credential.Username);
    }

    [Fact]
    public void ThePullPairIsForBaseImagesAndNeverMakesAPullSecret()
    {
        // arrange: the SDK reads DOTNET_CONTAINER_PULL_REGISTRY_* only to pull the base image (RegistryMode.Pull).
        vars["DOTNET_CONTAINER_PULL_REGISTRY_UNAME"] = "u";
        vars["DOTNET_CONTAINER_PULL_REGISTRY_PWORD"] = "p";

        // act
        var ex = Assert.Throws<PullSecretException>(() => SdkResolver().Resolve([PushRegistry], Ct));

        // assert
        Assert.Equal(ErrorCodes.NoLogin, ex.Code);
    }

    [Fact]
    public void WithoutAPushRegistryTheVariablesAreIgnored()
    {
        // arrange
        vars["DOTNET_CONTAINER_REGISTRY_UNAME"] = "u";
        vars["DOTNET_CONTAINER_REGISTRY_PWORD"] = "p";

        // act
        var ex = Assert.Throws<PullSecretException>(() => SdkResolver(pushRegistry: null).Resolve([PushRegistry], Ct));

        // assert
        Assert.Equal(ErrorCodes.NoLogin, ex.Code);
        Assert.DoesNotContain("DOTNET_CONTAINER", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutALoginTheMessageForThePushRegistryNamesTheVariables()
    {
        // arrange: nothing written, nothing set.

        // act
        var ex = Assert.Throws<PullSecretException>(() => SdkResolver().Resolve([PushRegistry], Ct));

        // assert
        Assert.Equal(ErrorCodes.NoLogin, ex.Code);
        Assert.Contains("DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/DOTNET_CONTAINER_PUSH_REGISTRY_PWORD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("SDK_CONTAINER_REGISTRY_UNAME/SDK_CONTAINER_REGISTRY_PWORD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InspectListsThePushRegistryFromTheVariablesWithoutALoginFile()
    {
        // arrange
        vars["DOTNET_CONTAINER_PUSH_REGISTRY_UNAME"] = "push-user";
        vars["DOTNET_CONTAINER_PUSH_REGISTRY_PWORD"] = "canary-push-password";

        // act
        var report = SdkResolver().Inspect([], Ct).Single();

        // assert
        Assert.Equal((PushRegistry, "push-user", null), (report.Registry, report.UserName, report.ErrorCode));
        Assert.DoesNotContain("canary-push-password", string.Join("\n", log.All), StringComparison.Ordinal);
    }

    [Fact]
    public void InspectOfANamedRegistryWithoutAnyLoginFileThrowsNoLoginAsWithoutANamedOne()
    {
        // arrange: nothing written.

        // act
        var ex = Assert.Throws<PullSecretException>(() => Resolver().Inspect(["a.example.com"], Ct));

        // assert
        Assert.Equal(ErrorCodes.NoLogin, ex.Code);
    }
}
