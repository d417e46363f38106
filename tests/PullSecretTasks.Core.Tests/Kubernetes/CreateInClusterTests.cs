using PullSecretTasks.Options;
using PullSecretTasks.Results;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Core.Tests.Kubernetes;

public class CreateInClusterTests
{
    [Fact]
    public async Task CreatesTheSecretAndLinksItToBuilderKeepingOpenShiftsOwnEntries()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var before = bed.Server.ImagePullSecretNames("ns1", "builder");

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder"));

        // assert
        Assert.Empty(result.Failures);
        var outcome = Assert.Single(result.Secrets);
        Assert.Equal(SecretAction.Created, outcome.Action);
        Assert.Equal(LinkAction.Linked, Assert.Single(outcome.Links).Action);
        Assert.Equal([.. before, "pull"], bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("pull", bed.Server.SecretNames("ns1", "builder"));
        Assert.Contains(before[0], bed.Server.SecretNames("ns1", "builder"));
        var secret = bed.Server.GetSecret("ns1", "pull")!;
        Assert.Equal(SecretTypes.DockerConfigJson, (string?)secret["type"]);
        Assert.Equal("pullsecret", (string?)secret["metadata"]!["labels"]!["app.kubernetes.io/managed-by"]);
        Assert.DoesNotContain(bed.Server.Requests, r => r.Method == "PATCH");
    }

    [Fact]
    public async Task ASecondIdenticalCreateWithLinkSendsNoWriteRequest()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create("pull", "builder"));
        bed.Server.ClearRequests();

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder"));

        // assert
        var outcome = Assert.Single(result.Secrets);
        Assert.Equal(SecretAction.Unchanged, outcome.Action);
        Assert.Equal(LinkAction.Unchanged, Assert.Single(outcome.Links).Action);
        Assert.Empty(bed.Writes);
    }

    [Fact]
    public async Task RotatedCredentialsUpdateTheSecretInPlaceWithItsResourceVersion()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create());
        bed.Login("testuser", "rotated-password");
        bed.Server.ClearRequests();

        // act
        var result = await bed.CreateAsync(bed.Create());

        // assert
        Assert.Equal(SecretAction.Configured, Assert.Single(result.Secrets).Action);
        var put = Assert.Single(bed.Writes);
        Assert.Equal("PUT", put.Method);
        Assert.Contains("\"resourceVersion\"", put.Body, StringComparison.Ordinal);
        Assert.Contains("rotated-password", bed.Server.SecretDataString("ns1", "pull", ".dockerconfigjson"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASecretItDidNotCreateIsRefusedUnlessOverwriteIsGiven()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        bed.Server.SeedSecret("ns1", "pull", SecretTypes.DockerConfigJson, new Dictionary<string, string> { [".dockerconfigjson"] = "{}" });

        // act
        var refused = await bed.CreateAsync(bed.Create());
        var forced = await bed.CreateAsync(bed.Create() with { Overwrite = true });

        // assert
        Assert.Equal(ErrorCodes.SecretNotOurs, Assert.Single(refused.Failures).Error.Code);
        Assert.Equal([Setting.Overwrite], refused.Failures[0].Error.Settings);
        Assert.Equal(SecretAction.Configured, Assert.Single(forced.Secrets).Action);
        Assert.Equal("pullsecret", (string?)bed.Server.GetSecret("ns1", "pull")!["metadata"]!["labels"]!["app.kubernetes.io/managed-by"]);
    }

    [Fact]
    public async Task AnotherTypeIsRefusedAndWithOverwriteDeletedAndRecreated()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create() with { Type = SecretTypes.Opaque });

        // act
        var refused = await bed.CreateAsync(bed.Create());
        var replaced = await bed.CreateAsync(bed.Create() with { Overwrite = true });

        // assert
        Assert.Equal(ErrorCodes.SecretIncompatible, Assert.Single(refused.Failures).Error.Code);
        Assert.Equal(SecretAction.Replaced, Assert.Single(replaced.Secrets).Action);
        Assert.Equal(SecretTypes.DockerConfigJson, (string?)bed.Server.GetSecret("ns1", "pull")!["type"]);
    }

    [Fact]
    public async Task AServerDryRunPersistsNothing()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder") with { DryRun = global::PullSecretTasks.Requests.DryRunMode.Server });

        // assert
        Assert.Empty(result.Failures);
        Assert.True(Assert.Single(result.Secrets).DryRun);
        Assert.Null(bed.Server.GetSecret("ns1", "pull"));
        Assert.DoesNotContain("pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.All(bed.Writes, w => Assert.Equal("All", w.QueryValue("dryRun")));
    }

    [Fact]
    public async Task SeveralNamespacesAreReportedInTheOrderAsked()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        string[] namespaces = ["zeta", "alpha", "mid", "ns1"];
        foreach (var ns in namespaces[..3])
        {
            bed.Server.SeedOpenShiftNamespace(ns);
        }

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder") with { Namespaces = namespaces });

        // assert
        Assert.Empty(result.Failures);
        Assert.Equal(namespaces, result.Secrets.Select(s => s.Secret.Namespace));
        Assert.All(namespaces, ns => Assert.Contains("pull", bed.Server.ImagePullSecretNames(ns, "builder")));
    }

    [Fact]
    public async Task AMissingNamespaceIsACodedErrorNamingIt()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();

        // act
        var result = await bed.CreateAsync(bed.Create() with { Namespaces = ["ns1", "nosuch"] });

        // assert
        Assert.Equal("ns1", Assert.Single(result.Secrets).Secret.Namespace);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(ErrorCodes.NamespaceNotFound, failure.Error.Code);
        Assert.Contains("nosuch", failure.Error.Message, StringComparison.Ordinal);
    }
}
