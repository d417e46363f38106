using Microsoft.Build.Framework;
using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Targets;

/// <summary>
/// CreatePullSecrets before PublishContainer runs only when PublishContainer pushes to a registry; otherwise it says
/// why at low importance and no request reaches the cluster. A stand-in PublishContainer carries the SDK's own
/// condition, because MSBuild runs BeforeTargets hooks even when the hooked target's condition is false.
/// </summary>
[Collection(InProcessBuilds.Name)]
public sealed class BeforePublishContainerTests
{
    private const string StandIn = """
        <ItemGroup><PullSecret Include="app-pull" /></ItemGroup>
        <Target Name="ComputeContainerConfig" />
        <Target Name="PublishContainer" DependsOnTargets="ComputeContainerConfig"
                Condition="'$(IsPublishable)' == 'true' AND '$(EnableSdkContainerSupport)' == 'true'"><Message Text="pushing" /></Target>
        """;

    public static TheoryData<string, string, string> SkipCases => new()
    {
        { "IsPublishable", "false", "IsPublishable is not true" },
        { "EnableSdkContainerSupport", "false", "EnableSdkContainerSupport is not true" },
        { "ContainerRegistry", "", "ContainerRegistry is empty" },
        { "ContainerArchiveOutputPath", "out/app.tar.gz", "ContainerArchiveOutputPath is set" },
        { "TargetFrameworks", "net8.0;net10.0", "outer build of a multi-targeted project" },
    };

    [Theory]
    [MemberData(nameof(SkipCases))]
    public async Task PublishContainerThatDoesNotPushToARegistryCreatesNothingAndSaysWhyAtLowImportance(string property, string value, string reason)
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbs", "testuser");
        using var project = new TargetsProject(StandIn, Pushing(bed, property, value));

        // act
        var ok = project.Build("PublishContainer");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.DoesNotContain("CreatePullSecret", project.Logger.TasksStarted);
        Assert.Empty(bed.Server.Requests);
        var skipped = Assert.Single(project.Logger.Messages, m => m.Message!.StartsWith("PullSecretTasks: CreatePullSecrets skipped", StringComparison.Ordinal));
        Assert.Equal(MessageImportance.Low, skipped.Importance);
        Assert.Contains(reason, skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishContainerThatPushesCreatesAndLinksAndSaysSoAtHighImportance()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbs", "testuser");
        using var project = new TargetsProject(StandIn, Pushing(bed));

        // act
        var ok = project.Build("PublishContainer");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        var high = project.Logger.Messages.Where(m => m.Importance == MessageImportance.High).Select(m => m.Message).ToList();
        Assert.Contains($"Pull secret 'app-pull' created in namespace 'ns1' for registry '{FakeClusterBed.Registry}'.", high);
        Assert.Contains("Service account 'builder' in namespace 'ns1' linked to 'app-pull' (imagePullSecrets, secrets).", high);
        Assert.True(project.Logger.TargetsRun.IndexOf("CreatePullSecrets") < project.Logger.TargetsRun.IndexOf("PublishContainer"));
        bed.AssertNoLeak(project.Logger.AllText, "the build log");
    }

    [Fact]
    public async Task CreatePullSecretsOnDemandRunsWhereThePushWouldBeSkipped()
    {
        // arrange: a library (no container support), asked for the secret explicitly
        await using var bed = await FakeClusterBed.StartAsync("psec-msbs", "testuser");
        using var project = new TargetsProject(StandIn, Pushing(bed, "EnableSdkContainerSupport", "false"));

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.NotNull(bed.Server.GetSecret("ns1", "app-pull"));
    }

    [Fact]
    public async Task AClientDryRunSaysWhatItWouldDo()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbs", "testuser");
        var properties = Pushing(bed);
        properties["PullSecretDryRun"] = "client";
        using var project = new TargetsProject(StandIn, properties);

        // act
        var ok = project.Build("PublishContainer");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.Empty(bed.Writes);
        var high = project.Logger.Messages.Where(m => m.Importance == MessageImportance.High).Select(m => m.Message).ToList();
        Assert.Contains(high, m => m!.StartsWith("Pull secret 'app-pull' created in namespace", StringComparison.Ordinal) && m.EndsWith(" (dry run).", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Pushing(FakeClusterBed bed, string? property = null, string? value = null)
    {
        var properties = new Dictionary<string, string>
        {
            ["IsPublishable"] = "true",
            ["EnableSdkContainerSupport"] = "true",
            ["TargetFramework"] = "net10.0",
            ["ContainerRegistry"] = FakeClusterBed.Registry,
            ["PullSecretKubeconfig"] = bed.Kubeconfig,
            ["PullSecretDockerConfig"] = bed.DockerConfig,
        };
        if (property is not null)
        {
            properties[property] = value!;
            if (property == "TargetFrameworks")
            {
                properties["TargetFramework"] = "";
            }
        }
        return properties;
    }
}
