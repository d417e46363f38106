using PullSecretTasks.TestInfra.KubeApi;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>
/// Every request of create --link (read the secret, create it, read the account, update it) meets each fault a real
/// API server or the network can produce: the run succeeds, or fails with a cluster code within its timeout saying
/// where, never PSEC9999; and the same run again converges, a third one writing nothing.
/// </summary>
public sealed class FaultMatrixTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    private static readonly (string Method, string Path)[] Positions =
    [
        ("GET", "/secrets/pull"), ("POST", "/secrets"), ("GET", "/serviceaccounts/builder"), ("PUT", "/serviceaccounts/builder"),
    ];

    private static readonly string[] Kinds = ["409", "429 with Retry-After", "500", "503", "dropped connection", "delay past the timeout"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (method, path) in Positions)
        {
            foreach (var kind in Kinds)
            {
                data.Add(method, path, kind);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachFaultAtEachRequestEndsInSuccessOrACodedFailureAndARerunConverges(string method, string path, string kind)
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        bed.Server.Faults.Add(Fault(method, path, kind));
        var request = bed.Create("pull", "builder") with { Namespaces = ["ns1"], Timeout = Budget };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // act
        var first = await bed.CreateAsync(request).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        var took = clock.Elapsed;
        bed.Server.Faults.Clear();
        var second = await bed.CreateAsync(request with { Timeout = TimeSpan.FromSeconds(20) });
        bed.Server.ClearRequests();
        var third = await bed.CreateAsync(request with { Timeout = TimeSpan.FromSeconds(20) });

        // assert
        Assert.True(took < Budget + TimeSpan.FromSeconds(5), $"the first run took {took}");
        foreach (var failure in first.Failures)
        {
            Assert.Equal("ns1", failure.Namespace);
            Assert.StartsWith("PSEC2", failure.Error.Code, StringComparison.Ordinal);
        }
        Assert.Empty(second.Failures);
        Assert.Empty(third.Failures);
        Assert.Empty(bed.Writes);
        Assert.Equal(1, bed.Server.ImagePullSecretNames("ns1", "builder").Count(n => n == "pull"));
        Assert.Equal(1, bed.Server.SecretNames("ns1", "builder").Count(n => n == "pull"));
        Assert.NotNull(bed.Server.SecretDataString("ns1", "pull", ".dockerconfigjson"));
    }

    private static Fault Fault(string method, string path, string kind) => kind switch
    {
        "409" => new Fault { Method = method, PathContains = path, StatusCode = 409 },
        "429 with Retry-After" => new Fault { Method = method, PathContains = path, StatusCode = 429, RetryAfterSeconds = 1 },
        "500" => new Fault { Method = method, PathContains = path, StatusCode = 500 },
        "503" => new Fault { Method = method, PathContains = path, StatusCode = 503 },
        "dropped connection" => new Fault { Method = method, PathContains = path, DropConnection = true },
        _ => new Fault { Method = method, PathContains = path, Delay = Budget + TimeSpan.FromSeconds(7) },
    };
}
