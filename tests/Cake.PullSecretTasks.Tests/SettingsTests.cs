using Cake.Core.IO;
using PullSecretTasks.Requests;

namespace Cake.PullSecretTasks.Tests;

public class SettingsTests
{
    [Fact]
    public void FluentSettersSetEveryCreateSetting()
    {
        // act
        var s = new PullSecretSettings()
            .WithNamespace("apps").WithRegistry("ghcr.io", "quay.io").WithAllRegistries(false).WithDockerConfig("d/config.json")
            .WithKubeconfig("k/config").WithKubeContext("dev").WithLinkTo("builder").WithLinkTo("default").WithFor(LinkFor.Pull)
            .WithType("kubernetes.io/dockercfg").WithDryRun(DryRunMode.Server).WithOverwrite().WithTimeout(TimeSpan.FromMinutes(2));

        // assert
        Assert.Equal(["apps"], s.Namespaces);
        Assert.Equal(["ghcr.io", "quay.io"], s.Registries);
        Assert.False(s.AllRegistries);
        Assert.Equal("d/config.json", s.DockerConfig?.FullPath);
        Assert.Equal("k/config", s.Kubeconfig?.FullPath);
        Assert.Equal("dev", s.KubeContext);
        Assert.Equal(["builder", "default"], s.LinkTo);
        Assert.Equal(LinkFor.Pull, s.For);
        Assert.Equal("kubernetes.io/dockercfg", s.Type);
        Assert.Equal(DryRunMode.Server, s.DryRun);
        Assert.True(s.Overwrite);
        Assert.Equal(TimeSpan.FromMinutes(2), s.Timeout);
    }

    [Fact]
    public void RequestsResolveRelativePathsAgainstTheCakeWorkingDirectoryAndKeepCoreDefaults()
    {
        // arrange
        var environment = NSubstitute.Substitute.For<Cake.Core.ICakeEnvironment>();
        NSubstitute.SubstituteExtensions.Returns(environment.WorkingDirectory, new DirectoryPath("/work/build"));

        // act
        var create = new PullSecretSettings().WithRegistry("ghcr.io").WithDockerConfig("docker").WithKubeconfig("kube/config").ToRequest("pull", environment);
        var link = new PullSecretLinkSettings().WithNamespace("apps").WithFor(LinkFor.Pull | LinkFor.Mount).ToRequest("builder", "pull", environment);
        var inspect = new DockerLoginSettings().WithDockerConfig("/abs/auth.json").WithRegistry("ghcr.io").ToRequest(environment);

        // assert
        Assert.Equal("/work/build/docker", create.DockerConfig);
        Assert.Equal("/work/build/kube/config", create.Kubeconfig);
        Assert.Empty(create.Namespaces);
        // Unset settings stay unset: the core fills in its Defaults, the same for every front end.
        Assert.Null(create.Type);
        Assert.Null(create.Timeout);
        Assert.Equal(LinkFor.None, create.For);
        Assert.Equal(["pull"], link.Secrets);
        Assert.Equal(["apps"], link.Namespaces);
        Assert.Equal(LinkFor.Pull | LinkFor.Mount, link.For);
        Assert.Equal(DryRunMode.None, link.DryRun);
        Assert.Null(link.Kubeconfig);
        Assert.Equal("/abs/auth.json", inspect.DockerConfig);
        Assert.Equal(["ghcr.io"], inspect.Registries);
    }
}
