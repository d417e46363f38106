using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>What a hundred namespaces cost in requests: the budget of the speed targets (docs/performance.md).</summary>
public sealed class ManyNamespacesTests
{
    [Fact]
    public async Task A_hundred_namespaces_take_four_requests_each_and_an_identical_rerun_two_gets_and_no_write()
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var namespaces = Enumerable.Range(1, 100).Select(n => $"ns{n:000}").ToList();
        namespaces.ForEach(ns => bed.Server.SeedOpenShiftNamespace(ns));
        var request = bed.Create("pull", "builder") with { Namespaces = namespaces, Timeout = TimeSpan.FromSeconds(60) };

        // act
        var first = await bed.CreateAsync(request);
        var firstRequests = bed.Server.Requests.ToList();
        bed.Server.ClearRequests();
        var again = await bed.CreateAsync(request);
        var againRequests = bed.Server.Requests.ToList();

        // assert
        Assert.Empty(first.Failures);
        Assert.Empty(again.Failures);
        Assert.Equal(namespaces, first.Secrets.Select(s => s.Secret.Namespace));
        foreach (var ns in namespaces)
        {
            var prefix = $"/api/v1/namespaces/{ns}/";
            Assert.Equal(["GET", "POST", "GET", "PUT"], firstRequests.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(r => r.Method));
            Assert.Equal(["GET", "GET"], againRequests.Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(r => r.Method));
        }
        Assert.Equal(400, firstRequests.Count);
        Assert.Equal(200, againRequests.Count);
    }
}
