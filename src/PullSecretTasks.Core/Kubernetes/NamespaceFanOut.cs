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
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                return (Item: item, Value: await work(item).ConfigureAwait(false), Error: (PullSecretException?)null);
            }
            catch (PullSecretException ex)
            {
                return (Item: item, Value: default(T), Error: ex);
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
}
