using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace Cake.PullSecretTasks.Tests;

public class LinkPullSecretTests
{
    [Fact]
    public async Task LinkAddsToTheChosenListAndUnlinkRemovesFromBoth()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        bed.Context.CreatePullSecret("pull", s => s.WithNamespace("ns1").WithRegistry(AddinBed.Registry));

        // act
        var linked = bed.Context.LinkPullSecret("default", "pull", new PullSecretLinkSettings { Namespaces = { "ns1" }, For = LinkFor.Pull });
        var pulls = bed.Server.ImagePullSecretNames("ns1", "default");
        var unlinked = bed.Context.UnlinkPullSecret("default", "pull", s => s.WithNamespace("ns1"));

        // assert
        var link = Assert.Single(linked.Links);
        Assert.Equal(LinkAction.Linked, link.Action);
        Assert.Equal(["pull"], link.ImagePullSecrets);
        Assert.Equal(["pull"], pulls);
        Assert.Equal(LinkAction.Unlinked, Assert.Single(unlinked.Links).Action);
        Assert.Empty(bed.Server.ImagePullSecretNames("ns1", "default"));
        Assert.Contains("serviceaccount/default linked in ns1", bed.Log.At(LogLevel.Information));
        Assert.Contains("serviceaccount/default unlinked in ns1", bed.Log.At(LogLevel.Information));
    }

    [Fact]
    public async Task LinkDefaultsToTheMountListLikeOcSecretsLink()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        bed.Context.CreatePullSecret("pull", s => s.WithRegistry(AddinBed.Registry));

        // act
        bed.Context.LinkPullSecret("default", "pull", s => s.WithTimeout(TimeSpan.FromSeconds(10)));

        // assert
        Assert.Equal(["pull"], bed.Server.SecretNames("ns1", "default"));
        Assert.Empty(bed.Server.ImagePullSecretNames("ns1", "default"));
    }

    [Fact]
    public async Task AServerDryRunPersistsNothing()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        bed.Context.CreatePullSecret("pull", s => s.WithRegistry(AddinBed.Registry));

        // act
        var result = bed.Context.LinkPullSecret("default", "pull", s => s.WithFor(LinkFor.Pull).WithDryRun(DryRunMode.Server));

        // assert
        Assert.True(Assert.Single(result.Links).DryRun);
        Assert.Empty(bed.Server.ImagePullSecretNames("ns1", "default"));
    }

    [Fact]
    public async Task AClientDryRunReadsTheAccountAndReportsTheLinkWithoutWriting()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        bed.Context.CreatePullSecret("pull", s => s.WithRegistry(AddinBed.Registry));
        bed.Server.ClearRequests();

        // act
        var result = bed.Context.LinkPullSecret("default", "pull", s => s.WithDryRun(DryRunMode.Client).WithFor(LinkFor.Pull));

        // assert
        var link = Assert.Single(result.Links);
        Assert.Equal((LinkAction.Linked, true), (link.Action, link.DryRun));
        Assert.DoesNotContain("pull", bed.Server.ImagePullSecretNames("ns1", "default"));
        Assert.DoesNotContain(bed.Server.Requests, r => r.Method is "PUT" or "POST" or "PATCH");
        Assert.Contains("serviceaccount/default linked in ns1 (dry run)", bed.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkingAMissingSecretThrowsTheNamespaceFailureAsACakeException()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();

        // act
        var ex = Assert.Throws<CakeException>(() =>
            bed.Context.LinkPullSecret("default", "absent", s => s.WithKubeContext("fake").WithTimeout(TimeSpan.FromSeconds(5))));

        // assert
        Assert.Equal(ErrorCodes.SecretToLinkMissing, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.StartsWith(ErrorCodes.SecretToLinkMissing + ": ", ex.Message, StringComparison.Ordinal);
    }
}
