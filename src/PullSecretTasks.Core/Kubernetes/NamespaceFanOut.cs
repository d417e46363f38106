using PullSecretTasks.Logging;
using PullSecretTasks.Options;
using PullSecretTasks.Results;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Runs the same work for many namespaces at once, at most <see cref="Defaults.Parallelism"/> at a time, and
/// reports in the order asked for. A namespace that fails does not stop the others.
/// </summary>
internal static class NamespaceFanOut
{
    public static async Task<(List<T> Done, List<NamespaceFailure> Failed)> RunAsync<TItem, T>(
        IReadOnlyList<TItem> items, Func<TItem, string> namespaceOf, Func<TItem, Task<T>> work, ILog log, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(Defaults.Parallelism);
        var finished = 0;
        var tasks = items.Select(async item =>
        {
            try
            {
                await gate.WaitAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return (Item: item, Value: default(T), Error: (PullSecretException?)Cancelled($"In namespace {namespaceOf(item)}: cancelled before anything was done there."));
            }
            try
            {
                return (Item: item, Value: await work(item).ConfigureAwait(false), Error: (PullSecretException?)null);
            }
            catch (PullSecretException ex)
            {
                return (Item: item, Value: default(T), Error: ex);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The work says where it stopped when it knows (ClusterWork); this is the rest.
                return (Item: item, Value: default(T), Error: Cancelled($"In namespace {namespaceOf(item)}: cancelled while at work; run the same command again to finish."));
            }
            finally
            {
                gate.Release();
                var n = Interlocked.Increment(ref finished);
                if (items.Count > Defaults.Parallelism)
                {
                    log.Info($"[{n}/{items.Count}] {namespaceOf(item)} done");
                }
            }
        }).ToList();
        var results = await Task.WhenAll(tasks).ConfigureAwait(false);
        var done = results.Where(r => r.Error is null).Select(r => r.Value!).ToList();
        var failed = results.Where(r => r.Error is not null).Select(r => new NamespaceFailure(namespaceOf(r.Item), r.Error!)).ToList();
        return (done, failed);
    }

    /// <summary>A namespace's work was cancelled (Ctrl+C, SIGTERM, a cancelled build): PSEC9998 saying where.</summary>
    public static PullSecretException Cancelled(string message) => new(ErrorCodes.Cancelled, message);
}
