using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Targets;

/// <summary>
/// PullSecretTimeout reaches the task in the CLI's syntax, and a message about time names it, never the CLI's flag.
/// </summary>
[Collection(InProcessBuilds.Name)]
public sealed class TimeoutPropertyTests
{
    [Fact]
    public async Task AnAccountThatNeverAppearsFailsWithPsec2004AfterThePropertysBudgetAndNamesTheProperty()
    {
        // arrange: "ghost" is never created, so linking waits for the whole budget.
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        using var project = new TargetsProject("""<ItemGroup><PullSecret Include="app-pull" ServiceAccounts="ghost" /></ItemGroup>""", Properties(bed, "1s"));

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.False(ok);
        var error = Assert.Single(project.Logger.Errors);
        Assert.Equal(ErrorCodes.ServiceAccountNotFound, error.Code);
        Assert.Contains("PullSecretTimeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--timeout", error.Message, StringComparison.Ordinal);
        Assert.Contains("[input] PullSecretKubeconfig=", project.Logger.AllText, StringComparison.Ordinal);
        Assert.Contains("PullSecretTimeout=1s", project.Logger.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("0s")]
    public async Task ATimeoutThatIsNotAPositiveDurationFailsWithPsec0007NamingTheProperty(string value)
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        using var project = new TargetsProject("""<ItemGroup><PullSecret Include="app-pull" /></ItemGroup>""", Properties(bed, value));

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.False(ok);
        var error = Assert.Single(project.Logger.Errors);
        Assert.Equal(ErrorCodes.InvalidOption, error.Code);
        Assert.Contains("PullSecretTimeout", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--timeout", error.Message, StringComparison.Ordinal);
        Assert.Empty(bed.Server.Requests);
    }

    private static Dictionary<string, string> Properties(FakeClusterBed bed, string timeout) => new()
    {
        ["ContainerRegistry"] = FakeClusterBed.Registry,
        ["PullSecretKubeconfig"] = bed.Kubeconfig,
        ["PullSecretDockerConfig"] = bed.DockerConfig,
        ["PullSecretTimeout"] = timeout,
    };
}
