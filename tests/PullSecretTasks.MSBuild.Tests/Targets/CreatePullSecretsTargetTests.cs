using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Targets;

[Collection(InProcessBuilds.Name)]
public sealed class CreatePullSecretsTargetTests
{
    private const string OneItem = """<ItemGroup><PullSecret Include="app-pull" /></ItemGroup>""";

    [Fact]
    public void AppliesTheDocumentedItemDefaults()
    {
        // arrange
        using var project = new TargetsProject(OneItem, new Dictionary<string, string>
        {
            ["ContainerRegistry"] = "ghcr.io",
            ["PullSecretNamespace"] = "apps",
        });

        // act
        var ok = project.Build("_PullSecretResolveItems");

        // assert
        Assert.True(ok, project.Logger.AllText);
        var item = Assert.Single(project.Items("_PullSecret"));
        Assert.Equal("app-pull", item.EvaluatedInclude);
        Assert.Equal("ghcr.io", item.GetMetadataValue("Registries"));
        Assert.Equal("apps", item.GetMetadataValue("Namespace"));
        Assert.Equal("builder", item.GetMetadataValue("ServiceAccounts"));
        // For and Type stay empty: the core's defaults (pull and mount, dockerconfigjson) apply, as for the CLI.
        Assert.Equal("", item.GetMetadataValue("For"));
        Assert.Equal("", item.GetMetadataValue("Type"));
        Assert.Equal("true", project.Project.GetPropertyValue("PullSecretsEnabled"));
    }

    [Fact]
    public void ItemMetadataWinsOverTheDefaults()
    {
        // arrange
        using var project = new TargetsProject("""
            <ItemGroup>
              <PullSecret Include="app-pull" Registries="quay.io;ghcr.io" Namespace="dev" ServiceAccounts="" For="pull" Type="kubernetes.io/dockercfg" />
            </ItemGroup>
            """, new Dictionary<string, string> { ["ContainerRegistry"] = "ghcr.io", ["PullSecretNamespace"] = "apps" });

        // act
        var ok = project.Build("_PullSecretResolveItems");

        // assert
        Assert.True(ok, project.Logger.AllText);
        var item = Assert.Single(project.Items("_PullSecret"));
        Assert.Equal("quay.io;ghcr.io", item.GetMetadataValue("Registries"));
        Assert.Equal("dev", item.GetMetadataValue("Namespace"));
        Assert.Equal("", item.GetMetadataValue("ServiceAccounts"));
        Assert.Equal("pull", item.GetMetadataValue("For"));
        Assert.Equal("kubernetes.io/dockercfg", item.GetMetadataValue("Type"));
    }

    [Fact]
    public void AnItemWithoutRegistryFailsWithPsec0003()
    {
        // arrange
        using var project = new TargetsProject(OneItem);

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.False(ok);
        var error = Assert.Single(project.Logger.Errors);
        Assert.Equal("PSEC0003", error.Code);
        Assert.Equal(ErrorCodes.HelpLink("PSEC0003"), error.HelpLink);
        Assert.Contains("app-pull", error.Message);
        // The core's rule, in MSBuild's words: never the CLI's --registry.
        Assert.Contains("Registries metadata", error.Message, StringComparison.Ordinal);
        Assert.Contains("ContainerRegistry", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MSBuildThatCannotRunTheTasksFailsWithPsec0002()
    {
        // arrange
        using var project = new TargetsProject(OneItem, new Dictionary<string, string>
        {
            ["ContainerRegistry"] = "ghcr.io",
            ["_PullSecretTasksCanRun"] = "false",
        });

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.False(ok);
        Assert.Equal("PSEC0002", Assert.Single(project.Logger.Errors).Code);
    }

    [Theory]
    [InlineData("PullSecretsEnabled", "false")]
    [InlineData("DesignTimeBuild", "true")]
    public void IsSkippedWhenDisabledOrDesignTime(string property, string value)
    {
        // arrange
        using var project = new TargetsProject(OneItem, new Dictionary<string, string> { [property] = value });

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.Empty(project.Logger.TasksStarted);
        Assert.DoesNotContain("_PullSecretResolveItems", project.Logger.TargetsRun);
    }

    [Fact]
    public void IsSkippedWithoutPullSecretItems()
    {
        // arrange
        using var project = new TargetsProject("", new Dictionary<string, string> { ["ContainerRegistry"] = "ghcr.io" });

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.Empty(project.Logger.TasksStarted);
    }

    [Fact]
    public void RunsBeforePublishContainerWithoutTouchingItsDependsOn()
    {
        // arrange: a stand-in for the SDK's PublishContainer, declared as the SDK does (after package targets)
        using var project = new TargetsProject($"""
            {OneItem}
            <Target Name="ComputeContainerConfig"><PropertyGroup><ContainerRegistry>localhost:5000</ContainerRegistry></PropertyGroup></Target>
            <PropertyGroup><PublishContainerDependsOn>ComputeContainerConfig</PublishContainerDependsOn></PropertyGroup>
            <Target Name="PublishContainer" DependsOnTargets="$(PublishContainerDependsOn)"><Message Text="pushing" /></Target>
            """, new Dictionary<string, string>
            {
                ["PullSecretDryRun"] = "client",
                ["PullSecretDockerConfig"] = "/nonexistent",
                ["IsPublishable"] = "true",
                ["EnableSdkContainerSupport"] = "true",
            });

        // act
        project.Build("PublishContainer");

        // assert: the hook ran after ComputeContainerConfig (so it saw the final registry) and before the push
        Assert.Equal("ComputeContainerConfig", project.Project.GetPropertyValue("PublishContainerDependsOn"));
        var order = project.Logger.TargetsRun;
        Assert.True(order.IndexOf("ComputeContainerConfig") < order.IndexOf("CreatePullSecrets"), string.Join(", ", order));
        Assert.Contains("CreatePullSecret", project.Logger.TasksStarted);
        Assert.Contains(project.Logger.Messages, m => m.Message!.Contains("Registries=localhost:5000", StringComparison.Ordinal));
        // the login is missing, so the task fails and the push never happens
        Assert.Equal(ErrorCodes.AuthFileNotFound, Assert.Single(project.Logger.Errors).Code);
        Assert.DoesNotContain("PublishContainer", order);
    }

    [Fact]
    public async Task CreatesAndLinksEveryItemAndLogsInputsAndOutputsAtLowImportance()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        bed.Server.SeedOpenShiftNamespace("ns2");
        using var project = new TargetsProject($"""
            <ItemGroup>
              <PullSecret Include="app-pull" />
              <PullSecret Include="ci-pull" Namespace="ns2" ServiceAccounts="default" For="pull" />
            </ItemGroup>
            """, new Dictionary<string, string>
            {
                ["ContainerRegistry"] = FakeClusterBed.Registry,
                ["PullSecretKubeconfig"] = bed.Kubeconfig,
                ["PullSecretDockerConfig"] = bed.DockerConfig,
            });

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("app-pull", bed.Server.SecretNames("ns1", "builder"));
        Assert.Contains("ci-pull", bed.Server.ImagePullSecretNames("ns2", "default"));
        Assert.DoesNotContain("ci-pull", bed.Server.SecretNames("ns2", "default"));
        var lines = project.Logger.Messages.Where(m => m.Message!.StartsWith("PullSecretTasks: [", StringComparison.Ordinal)).ToList();
        Assert.All(lines, m => Assert.Equal(Microsoft.Build.Framework.MessageImportance.Low, m.Importance));
        Assert.Contains(lines, m => m.Message!.Contains("[input] PullSecret=ci-pull", StringComparison.Ordinal));
        Assert.Contains(lines, m => m.Message!.Contains("[output] PullSecretResult=app-pull Namespace=ns1 Action=Created", StringComparison.Ordinal));
        Assert.Equal(2, project.Items("PullSecretResult").Count);
        bed.AssertNoLeak(project.Logger.AllText, "the build log");
    }

    [Fact]
    public async Task RelativeDockerConfigAndKubeconfigPathsMeanTheProjectFolder()
    {
        // arrange: MSBuild runs tasks with the project folder as working directory, so relative paths mean it.
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        using var project = new TargetsProject(OneItem, new Dictionary<string, string>
        {
            ["ContainerRegistry"] = FakeClusterBed.Registry,
            ["PullSecretDockerConfig"] = "login",
            ["PullSecretKubeconfig"] = "kube/config",
        });
        var dir = project.Project.DirectoryPath;
        Directory.CreateDirectory(Path.Combine(dir, "login"));
        Directory.CreateDirectory(Path.Combine(dir, "kube"));
        File.Copy(Path.Combine(bed.DockerConfig, "config.json"), Path.Combine(dir, "login", "config.json"));
        File.Copy(bed.Kubeconfig, Path.Combine(dir, "kube", "config"));

        // act
        var ok = project.Build("CreatePullSecrets");

        // assert
        Assert.True(ok, project.Logger.AllText);
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public void MultiTargetingImportersBringTheSameTargets()
    {
        // arrange
        using var project = new TargetsProject(OneItem, importRoot: "buildMultiTargeting");

        // act
        var targets = project.Project.Targets.Keys;

        // assert
        Assert.Contains("CreatePullSecrets", targets);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "PullSecretTasks.MSBuild.dll"), project.Project.GetPropertyValue("PullSecretTasksAssembly"));
    }
}
