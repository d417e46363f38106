using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

public class ClusterFailureTests
{
    [Theory]
    [InlineData(429, 1)]
    [InlineData(503, 0)]
    [InlineData(500, 0)]
    public async Task TransientFailuresAreRetriedWithinTheTimeout(int status, int retryAfter)
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var fault = bed.Server.Faults.Add(new Fault
        {
            Method = "POST", PathContains = "/secrets", StatusCode = status, Times = 2,
            RetryAfterSeconds = retryAfter == 0 ? null : retryAfter, PlainText429 = status == 429,
        });

        // act
        var result = await bed.CreateAsync(bed.Create());

        // assert
        Assert.Empty(result.Failures);
        Assert.Equal(SecretAction.Created, Assert.Single(result.Secrets).Action);
        Assert.Equal(2, fault.Hits);
    }

    [Fact]
    public async Task ADroppedConnectionIsRetried()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var fault = bed.Server.Faults.Add(new Fault { Method = "PUT", PathContains = "/serviceaccounts/builder", DropConnection = true });

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder"));

        // assert
        Assert.Empty(result.Failures);
        Assert.Equal(1, fault.Hits);
        Assert.Contains("pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task FailuresThatOutlastTheTimeoutAreACodedErrorAndARerunConverges()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        bed.Server.Faults.Add(new Fault { Method = "PUT", PathContains = "/serviceaccounts/builder", StatusCode = 503, Times = null });

        // act
        var failed = await bed.CreateAsync(bed.Create("pull", "builder") with { Timeout = TimeSpan.FromSeconds(1) });
        bed.Server.Faults.Clear();
        var rerun = await bed.CreateAsync(bed.Create("pull", "builder"));

        // assert
        var failure = Assert.Single(failed.Failures);
        Assert.Equal(ErrorCodes.ServerError, failure.Error.Code);
        Assert.Contains("secret/pull created", failure.Error.Message, StringComparison.Ordinal);
        Assert.Equal(SecretAction.Unchanged, Assert.Single(rerun.Secrets).Action);
        Assert.Equal(LinkAction.Linked, Assert.Single(rerun.Secrets[0].Links).Action);
    }

    [Fact]
    public async Task ForbiddenNamesTheVerbResourceNamespaceAndTheMissingRule()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        bed.Server.ForbidVerb("update", "serviceaccounts");

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder"));

        // assert
        var error = Assert.Single(result.Failures).Error;
        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Contains("update serviceaccounts/builder in namespace ns1", error.Message, StringComparison.Ordinal);
        Assert.Contains("get, update", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongTokenIsUnauthorized()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var kubeconfig = KubeconfigWriter.Write(bed.Server, Path.Combine(bed.Directory.Path, "wrong"), "ns1", token: "wrong-token");
        var context = bed.Context();

        // act
        var result = await PullSecretRunner.CreateAsync(bed.Create() with { Kubeconfig = kubeconfig }, context, TestContext.Current.CancellationToken);

        // assert
        Assert.Equal(ErrorCodes.Unauthorized, Assert.Single(result.Failures).Error.Code);
    }

    [Fact]
    public async Task HttpsWithTheKubeconfigsCertificateAuthorityWorks()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = "t" });

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder"));

        // assert
        Assert.Empty(result.Failures);
        Assert.StartsWith("https://", bed.Server.Uri.ToString(), StringComparison.Ordinal);
        Assert.NotNull(bed.Server.GetSecret("ns1", "pull"));
    }

    [Fact]
    public async Task AMissingKubeconfigContextIsACodedError()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();

        // act
        var error = await Assert.ThrowsAsync<PullSecretException>(() => bed.CreateAsync(bed.Create() with { Context = "nope" }));

        // assert
        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHungRequestIsAbandonedAndRetriedWithinTheTimeout()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var fault = bed.Server.Faults.Add(new Fault { Method = "GET", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromSeconds(5) });

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder") with { Timeout = TimeSpan.FromSeconds(4) });

        // assert
        Assert.Empty(result.Failures);
        Assert.Equal(1, fault.Hits);
        Assert.Contains("pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
    }

    [Fact]
    public async Task AServerThatNeverAnswersEndsTheRunAtItsTimeoutNotATimeoutPerAttempt()
    {
        // arrange: every GET of the account hangs for a minute; the run has 3 s.
        await using var bed = await BedRuns.StartAsync();
        bed.Server.Faults.Add(new Fault { Method = "GET", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromSeconds(60), Times = null });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // act
        var result = await bed.CreateAsync(bed.Create("pull", "builder") with { Timeout = TimeSpan.FromSeconds(3) })
            .WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        // assert: one failure saying to raise the timeout, well before a second attempt's own timeout could end.
        var failure = Assert.Single(result.Failures);
        Assert.Equal(ErrorCodes.ServerError, failure.Error.Code);
        Assert.Contains("in time", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains(PullSecretTasks.Options.Setting.Timeout, failure.Error.Settings);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A422NamesTheServersReason()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        bed.Server.Faults.Add(new Fault { Method = "POST", PathContains = "/secrets", StatusCode = 422, Message = "denied by policy require-team-label" });

        // act
        var result = await bed.CreateAsync(bed.Create());

        // assert
        var error = Assert.Single(result.Failures).Error;
        Assert.Equal(ErrorCodes.Invalid, error.Code);
        Assert.Contains("denied by policy require-team-label", error.Message, StringComparison.Ordinal);
        Assert.Contains("create secrets/pull in namespace ns1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImmutableSecretOfOursIsRefusedAndWithOverwriteRecreated()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create());
        var stored = bed.Server.GetSecret("ns1", "pull")!.DeepClone().AsObject();
        stored["immutable"] = true;
        stored["data"]![".dockerconfigjson"] = Convert.ToBase64String("{\"auths\":{}}"u8.ToArray());
        stored.Remove("metadata");
        stored["metadata"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "pull", ["labels"] = new System.Text.Json.Nodes.JsonObject { ["app.kubernetes.io/managed-by"] = "pullsecret" } };
        bed.Server.SeedSecret("ns1", stored);

        // act
        var refused = await bed.CreateAsync(bed.Create());
        var replaced = await bed.CreateAsync(bed.Create() with { Overwrite = true });

        // assert
        Assert.Equal(ErrorCodes.SecretIncompatible, Assert.Single(refused.Failures).Error.Code);
        Assert.Contains("is immutable", refused.Failures[0].Error.Message, StringComparison.Ordinal);
        Assert.Equal(SecretAction.Replaced, Assert.Single(replaced.Secrets).Action);
        Assert.Null(bed.Server.GetSecret("ns1", "pull")!["immutable"]);
    }

    [Fact]
    public async Task AnOverwriteWhoseDeleteIsForbiddenAsksForTheDeleteVerb()
    {
        // arrange: an Opaque secret of ours, so overwriting it to dockerconfigjson needs delete and create
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create() with { Type = PullSecretTasks.Secrets.SecretTypes.Opaque });
        bed.Server.ForbidVerb("delete", "secrets");

        // act
        var failed = await bed.CreateAsync(bed.Create() with { Overwrite = true });

        // assert
        var error = Assert.Single(failed.Failures).Error;
        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Contains("verbs [get, create, update, delete] on secrets", error.Message, StringComparison.Ordinal);
        Assert.NotNull(bed.Server.GetSecret("ns1", "pull"));
    }

    [Fact]
    public async Task AFailedRecreateAfterTheOverwriteDeleteSaysTheSecretIsGoneAndARerunCreatesIt()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create() with { Type = PullSecretTasks.Secrets.SecretTypes.Opaque });
        bed.Server.Faults.Add(new Fault { Method = "POST", PathContains = "/secrets", StatusCode = 422, Message = "denied by policy" });

        // act
        var failed = await bed.CreateAsync(bed.Create() with { Overwrite = true });
        var rerun = await bed.CreateAsync(bed.Create() with { Overwrite = true });

        // assert
        var error = Assert.Single(failed.Failures).Error;
        Assert.Equal(ErrorCodes.Invalid, error.Code);
        Assert.Contains("was deleted to be recreated, but creating it failed", error.Message, StringComparison.Ordinal);
        Assert.Equal(SecretAction.Created, Assert.Single(rerun.Secrets).Action);
    }
}
