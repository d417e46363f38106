using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.Beds;

namespace Cake.PullSecretTasks.Tests;

public class LinkPullSecretTests
{
    [Fact]
    public async Task LinkAddsToTheChosenListAndUnlinkRemovesFromBoth()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        context.CreatePullSecret("pull", s => s.WithNamespace("ns1").WithRegistry(FakeClusterBed.Registry));

        // act
        var linked = context.LinkPullSecret("default", "pull", new PullSecretLinkSettings { Namespaces = { "ns1" }, For = LinkFor.Pull });
        var pulls = bed.Server.ImagePullSecretNames("ns1", "default");
        var unlinked = context.UnlinkPullSecret("default", "pull", s => s.WithNamespace("ns1"));

        // assert
        var link = Assert.Single(linked.Links);
        Assert.Equal(LinkAction.Linked, link.Action);
        Assert.Equal(["pull"], link.ImagePullSecrets);
        Assert.Equal(["pull"], pulls);
        Assert.Equal(LinkAction.Unlinked, Assert.Single(unlinked.Links).Action);
        Assert.Empty(bed.Server.ImagePullSecretNames("ns1", "default"));
        Assert.Contains("Service account 'default' in namespace 'ns1' linked to 'pull' (imagePullSecrets).", log.At(LogLevel.Information));
        Assert.Contains("Service account 'default' in namespace 'ns1' unlinked from 'pull' (imagePullSecrets).", log.At(LogLevel.Information));
    }

    [Fact]
    public async Task LinkDefaultsToTheMountListLikeOcSecretsLink()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry));

        // act
        context.LinkPullSecret("default", "pull", s => s.WithTimeout(TimeSpan.FromSeconds(10)));

        // assert
        Assert.Equal(["pull"], bed.Server.SecretNames("ns1", "default"));
        Assert.Empty(bed.Server.ImagePullSecretNames("ns1", "default"));
    }

    [Fact]
    public async Task AServerDryRunPersistsNothing()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry));

        // act
        var result = context.LinkPullSecret("default", "pull", s => s.WithFor(LinkFor.Pull).WithDryRun(DryRunMode.Server));

        // assert
        Assert.True(Assert.Single(result.Links).DryRun);
        Assert.Empty(bed.Server.ImagePullSecretNames("ns1", "default"));
    }

    [Fact]
    public async Task AClientDryRunReadsTheAccountAndReportsTheLinkWithoutWriting()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry));
        bed.Server.ClearRequests();

        // act
        var result = context.LinkPullSecret("default", "pull", s => s.WithDryRun(DryRunMode.Client).WithFor(LinkFor.Pull));

        // assert
        var link = Assert.Single(result.Links);
        Assert.Equal((LinkAction.Linked, true), (link.Action, link.DryRun));
        Assert.DoesNotContain("pull", bed.Server.ImagePullSecretNames("ns1", "default"));
        Assert.DoesNotContain(bed.Server.Requests, r => r.Method is "PUT" or "POST" or "PATCH");
        Assert.Contains("Service account 'default' in namespace 'ns1' linked to 'pull' (imagePullSecrets; dry run).", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkingAMissingSecretThrowsTheNamespaceFailureAsACakeException()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);

        // act
        var ex = Assert.Throws<CakeException>(() =>
            context.LinkPullSecret("default", "absent", s => s.WithKubeContext("fake").WithTimeout(TimeSpan.FromSeconds(5))));

        // assert
        Assert.Equal(ErrorCodes.SecretToLinkMissing, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.StartsWith(ErrorCodes.SecretToLinkMissing + ": ", ex.Message, StringComparison.Ordinal);
    }
}
