using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

public sealed class LinkPullSecretTests
{
    [Fact]
    public async Task LinksForPullAndMountThenUnlinks()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        bed.Server.SeedSecret("ns1", "app-pull", "kubernetes.io/dockerconfigjson", new Dictionary<string, string> { [".dockerconfigjson"] = "{\"auths\":{}}" });
        var engine = new FakeBuildEngine();
        var link = new LinkPullSecret
        {
            BuildEngine = engine, ServiceAccount = "default", Secrets = ["app-pull"], Namespaces = ["ns1"],
            For = "pull;mount", Kubeconfig = bed.Kubeconfig, Timeout = "5s",
        };

        // act
        var linked = link.Execute();

        // assert
        Assert.True(linked, engine.AllText);
        Assert.Equal("Linked", Assert.Single(link.Links).GetMetadata("Action"));
        Assert.Contains("app-pull", bed.Server.ImagePullSecretNames("ns1", "default"));
        Assert.Contains("app-pull", bed.Server.SecretNames("ns1", "default"));

        // act
        var unlink = new UnlinkPullSecret
        {
            BuildEngine = engine, ServiceAccount = "default", Secrets = ["app-pull"], Namespaces = ["ns1"],
            Kubeconfig = bed.Kubeconfig, Timeout = "5s",
        };
        var unlinked = unlink.Execute();

        // assert
        Assert.True(unlinked, engine.AllText);
        Assert.Equal("Unlinked", Assert.Single(unlink.Links).GetMetadata("Action"));
        Assert.DoesNotContain("app-pull", bed.Server.ImagePullSecretNames("ns1", "default"));
        Assert.DoesNotContain("app-pull", bed.Server.SecretNames("ns1", "default"));
    }

    [Fact]
    public async Task DefaultsToMountLikeOcSecretsLink()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        bed.Server.SeedSecret("ns1", "app-pull", "kubernetes.io/dockerconfigjson", new Dictionary<string, string> { [".dockerconfigjson"] = "{\"auths\":{}}" });
        var engine = new FakeBuildEngine();
        var link = new LinkPullSecret
        {
            BuildEngine = engine, ServiceAccount = "default", Secrets = ["app-pull"], Kubeconfig = bed.Kubeconfig, Timeout = "5s",
        };

        // act
        var ok = link.Execute();

        // assert
        Assert.True(ok, engine.AllText);
        Assert.Contains("app-pull", bed.Server.SecretNames("ns1", "default"));
        Assert.DoesNotContain("app-pull", bed.Server.ImagePullSecretNames("ns1", "default"));
    }

    [Fact]
    public async Task ReportsAMissingSecretWithItsCode()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();
        var link = new LinkPullSecret
        {
            BuildEngine = engine, ServiceAccount = "builder", Secrets = ["absent"], Namespaces = ["ns1"],
            Kubeconfig = bed.Kubeconfig, Timeout = "2s",
        };

        // act
        var ok = link.Execute();

        // assert
        Assert.False(ok);
        var error = Assert.Single(engine.Errors);
        Assert.Equal(ErrorCodes.SecretToLinkMissing, error.Code);
        Assert.Equal(ErrorCodes.HelpLink(error.Code), error.HelpLink);
    }
}
