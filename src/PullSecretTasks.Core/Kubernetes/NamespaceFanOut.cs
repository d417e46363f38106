using PullSecretTasks.Logging;
using PullSecretTasks.Results;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Runs the same work in many namespaces at once, at most eight at a time (enough to hide latency,
/// few enough not to trip API priority and fairness), and reports in the order asked for.
/// </summary>
internal static class NamespaceFanOut
{
    private const int Parallelism = 8;

    public static async Task<(List<T> Done, List<NamespaceFailure> Failed)> RunAsync<T>(
        IReadOnlyList<string> namespaces, Func<string, Task<T>> work, ILog log, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(Parallelism);
        var finished = 0;
        var tasks = namespaces.Select(async ns =>
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                return (ns, Value: await work(ns).ConfigureAwait(false), Error: (PullSecretException?)null);
            }
            catch (PullSecretException ex)
            {
                return (ns, Value: default(T), Error: ex);
            }
            finally
            {
                gate.Release();
                var n = Interlocked.Increment(ref finished);
                if (namespaces.Count > Parallelism)
                {
                    log.Info($"[{n}/{namespaces.Count}] {ns} done");
                }
            }
        }).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        var done = results.Where(r => r.Error is null).Select(r => r.Value!).ToList();
        var failed = results.Where(r => r.Error is not null).Select(r => new NamespaceFailure(r.ns, r.Error!)).ToList();
        return (done, failed);
    }
}
