using System.Text.Json.Nodes;
using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.Registry;

namespace PullSecretTasks.MSBuild.Tests.Targets;

/// <summary>
/// PullSecretVerify and the DelegatedAuth metadata against a real token-auth registry (realm on 127.0.0.2): refusals
/// fail the build with nothing written and name MSBuild's settings, the image being published is the one checked.
/// </summary>
[Collection(InProcessBuilds.Name)]
public sealed class VerifyPropertyTests(TokenAuthRegistryFixture token) : IClassFixture<TokenAuthRegistryFixture>
{
    [Fact]
    public async Task PullSecretVerifyFailsTheBuildWithPsec1016ForAWrongPasswordAndWritesNothing()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        token.Login(bed.DockerConfigFile, TokenAuthRegistry.Reader, "not-the-password");
        using var project = new TargetsProject("""<ItemGroup><PullSecret Include="app-pull" /></ItemGroup>""", Properties(bed));
        bed.Server.ClearRequests();

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.False(ok);
        var error = Assert.Single(project.Logger.Errors);
        Assert.Equal(ErrorCodes.RegistryRefused, error.Code);
        Assert.Contains($"Registry {token.Host} refuses user {TokenAuthRegistry.Reader}", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Writes);
        Assert.DoesNotContain("not-the-password", project.Logger.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheImageBeingPublishedIsCheckedAndADeniedPullNamesTheImageMetadataNotACliFlag()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        token.Login(bed.DockerConfigFile, TokenAuthRegistry.NoAccess);
        using var project = new TargetsProject("""<ItemGroup><PullSecret Include="app-pull" /></ItemGroup>""", Properties(bed));

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.False(ok);
        var error = Assert.Single(project.Logger.Errors);
        Assert.Equal(ErrorCodes.PullDenied, error.Code);
        Assert.Contains($"pull access to {token.Host}/team/app:latest", error.Message, StringComparison.Ordinal);
        Assert.Contains("the PullSecret item's Image metadata", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Writes);
        token.Canary.AssertAbsent(project.Logger.AllText, "build log");
    }

    [Fact]
    public async Task DelegatedAuthMetadataPutsTheRealmHostInTheSecretAndVerifySuggestsNothing()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        token.Login(bed.DockerConfigFile, TokenAuthRegistry.Reader);
        using var project = new TargetsProject("""<ItemGroup><PullSecret Include="app-pull" DelegatedAuth="true" /></ItemGroup>""", Properties(bed));

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        var auths = JsonNode.Parse(bed.Server.SecretDataString(FakeClusterBed.Namespace, "app-pull", ".dockerconfigjson")!)!["auths"]!.AsObject();
        Assert.Equal([token.Host, token.Rig.RealmHost], auths.Select(p => p.Key));
        Assert.Empty(project.Logger.Warnings);
        token.Canary.AssertAbsent(project.Logger.AllText, "build log");
    }

    [Fact]
    public async Task VerifyWithoutDelegatedAuthWarnsWithPsec1107InMSBuildWords()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        token.Login(bed.DockerConfigFile, TokenAuthRegistry.Reader);
        using var project = new TargetsProject("""<ItemGroup><PullSecret Include="app-pull" /></ItemGroup>""", Properties(bed));

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        var warning = Assert.Single(project.Logger.Warnings);
        Assert.Equal(ErrorCodes.DelegatedAuthSuggested, warning.Code);
        Assert.EndsWith("(DelegatedAuth=\"true\" on the PullSecret item).", warning.Message, StringComparison.Ordinal);
    }

    private Dictionary<string, string> Properties(FakeClusterBed bed) => new()
    {
        ["ContainerRegistry"] = token.Host,
        ["ContainerRepository"] = "team/app",
        ["PullSecretVerify"] = "true",
        ["PullSecretKubeconfig"] = bed.Kubeconfig,
        ["PullSecretDockerConfig"] = bed.DockerConfig,
        ["PullSecretTimeout"] = "20s",
    };
}
