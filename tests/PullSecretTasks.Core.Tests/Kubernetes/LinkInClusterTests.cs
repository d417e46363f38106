using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks.Core.Tests.Kubernetes;

public class LinkInClusterTests
{
    private static LinkRequest Link(string account, params string[] secrets) => new()
    {
        ServiceAccount = account,
        Secrets = secrets,
        Timeout = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public async Task LinkDefaultsToMountLikeOcSecretsLink()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create("pull"));

        // act
        var result = await bed.LinkAsync(Link("default", "pull"));

        // assert
        var link = Assert.Single(result.Links);
        Assert.Equal(LinkAction.Linked, link.Action);
        Assert.Equal(["pull"], bed.Server.SecretNames("ns1", "default"));
        Assert.Empty(bed.Server.ImagePullSecretNames("ns1", "default"));
    }

    [Fact]
    public async Task LinkForPullAppendsWithoutDuplicatesAndKeepsEveryOtherEntry()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create("a"));
        await bed.CreateAsync(bed.Create("b"));
        var before = bed.Server.ImagePullSecretNames("ns1", "builder");

        // act
        await bed.LinkAsync(Link("builder", "b", "a") with { For = LinkFor.Pull | LinkFor.Mount });
        var again = await bed.LinkAsync(Link("builder", "a", "b") with { For = LinkFor.Pull | LinkFor.Mount });

        // assert
        Assert.Equal([.. before, "a", "b"], bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Equal(LinkAction.Unchanged, Assert.Single(again.Links).Action);
    }

    [Fact]
    public async Task AConflictingUpdateIsReadAgainAndRetried()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create("pull"));
        bed.Server.ConflictNextUpdate("/serviceaccounts/builder", times: 2);
        bed.Server.ClearRequests();

        // act
        var result = await bed.LinkAsync(Link("builder", "pull") with { For = LinkFor.Pull });

        // assert
        Assert.Equal(LinkAction.Linked, Assert.Single(result.Links).Action);
        Assert.Contains("pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Equal(3, bed.Server.Requests.Count(r => r.Method == "PUT"));
        Assert.DoesNotContain(bed.Server.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task AServiceAccountThatAppearsLaterIsWaitedFor()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        bed.Server.SeedNamespace("fresh");
        _ = bed.Server.SeedServiceAccountAfter(TimeSpan.FromMilliseconds(700), "fresh", "builder");

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder") with { Namespaces = ["fresh"] });

        // assert
        Assert.Empty(result.Failures);
        Assert.Equal(["pull"], bed.Server.ImagePullSecretNames("fresh", "builder"));
    }

    [Fact]
    public async Task AServiceAccountThatNeverAppearsFailsAfterTheTimeoutSayingTheSecretWasCreated()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "ghost") with { Timeout = TimeSpan.FromSeconds(1) });

        // assert
        var failure = Assert.Single(result.Failures);
        Assert.Equal(ErrorCodes.ServiceAccountNotFound, failure.Error.Code);
        Assert.Contains("secret/pull created", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains("serviceaccount/ghost", failure.Error.Message, StringComparison.Ordinal);
        Assert.NotNull(bed.Server.GetSecret("ns1", "pull"));
    }

    [Fact]
    public async Task LinkingAMissingSecretFailsBeforeTheAccountIsTouched()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        bed.Server.ClearRequests();

        // act
        var result = await bed.LinkAsync(Link("builder", "nosuch"));

        // assert
        Assert.Equal(ErrorCodes.SecretToLinkMissing, Assert.Single(result.Failures).Error.Code);
        Assert.DoesNotContain(bed.Server.Requests, r => r.Path.Contains("/serviceaccounts/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnlinkRemovesTheNameFromBothListsAndKeepsTheRest()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create("pull", "builder"));
        var openshift = bed.Server.ImagePullSecretNames("ns1", "builder")[0];

        // act
        var result = await bed.UnlinkAsync(Link("builder", "pull"));
        var again = await bed.UnlinkAsync(Link("builder", "pull"));

        // assert
        Assert.Equal(LinkAction.Unlinked, Assert.Single(result.Links).Action);
        Assert.Equal([openshift], bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Equal([openshift], bed.Server.SecretNames("ns1", "builder"));
        Assert.Equal(LinkAction.Unchanged, Assert.Single(again.Links).Action);
    }
}
