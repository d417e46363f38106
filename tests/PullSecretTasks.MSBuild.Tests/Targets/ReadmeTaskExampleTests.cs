using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.MSBuild.Tests.Targets;

/// <summary>The README's task-reference example, taken from the README as a reader copies it, does what it says.</summary>
[Collection(InProcessBuilds.Name)]
public sealed class ReadmeTaskExampleTests
{
    [Fact]
    public async Task TheReadmesLinkForPodsTargetLinksEverySecretTheTargetMadeToDefaultForPulls()
    {
        // arrange
        var example = Assert.Single(MarkdownBlocks.Under(Path.Combine(RepositoryRoot.Path, "README.md"), "Task reference", "xml"));
        await using var bed = await FakeClusterBed.StartAsync("psec-msbr", "testuser");
        using var project = new TargetsProject($"""<ItemGroup><PullSecret Include="app-pull" /><PullSecret Include="other-pull" /></ItemGroup>{example}""", new Dictionary<string, string>
        {
            ["ContainerRegistry"] = FakeClusterBed.Registry,
            ["PullSecretKubeconfig"] = bed.Kubeconfig,
            ["PullSecretDockerConfig"] = bed.DockerConfig,
        });

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.Equal(["app-pull", "other-pull"], bed.Server.ImagePullSecretNames(FakeClusterBed.Namespace, "default").Order());
        Assert.DoesNotContain("app-pull", bed.Server.SecretNames(FakeClusterBed.Namespace, "default"));
    }
}
