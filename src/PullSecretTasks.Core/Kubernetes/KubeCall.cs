using System.Diagnostics;
using System.Net.Http;
using k8s.Autorest;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Runs one API call with retries for what is worth retrying (429 honouring Retry-After, 5xx, timeouts,
/// dropped connections), with jittered exponential backoff, until the run's deadline. KubernetesClient
/// itself never retries (kubernetes-client/csharp src/KubernetesClient/Kubernetes.ConfigInit.cs CreateHttpClient).
/// Other HTTP errors reach the caller unchanged.
/// </summary>
internal sealed class KubeCall(ClusterConnection connection, DateTimeOffset deadline, ILog log)
{
    public ClusterConnection Connection { get; } = connection;

    public DateTimeOffset Deadline { get; } = deadline;

    public async Task<T> RunAsync<T>(KubeOperation op, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var watch = Stopwatch.StartNew();
            // An attempt ends at the run's deadline too, not only at its own per-request timeout.
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
            budget.CancelAfter(Deadline - DateTimeOffset.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero);
            try
            {
                var result = await call(budget.Token).ConfigureAwait(false);
                log.Verbose($"{op.Describe}: done in {watch.ElapsedMilliseconds} ms.");
                return result;
            }
            catch (OperationCanceledException ex) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw GiveUp(new TimeoutException($"no answer before the run's timeout, {watch.ElapsedMilliseconds} ms into this attempt", ex), op);
            }
            catch (HttpRequestException ex) when (KubeErrors.IsTlsFailure(ex))
            {
                throw new PullSecretException(ErrorCodes.Unreachable,
                    $"The API server {Connection.Host} failed TLS verification to {op.Describe}: its certificate is not signed by the kubeconfig's certificate authority, or does not name the host (or tls-server-name). Check the kubeconfig's certificate-authority and tls-server-name.",
                    Setting.Kubeconfig);
            }
            catch (HttpOperationException ex) when (!KubeErrors.IsTransient(ex, ct))
            {
                log.Verbose($"{op.Describe}: HTTP {KubeErrors.Status(ex)} in {watch.ElapsedMilliseconds} ms.");
                throw;
            }
            catch (Exception ex) when (KubeErrors.IsTransient(ex, ct))
            {
                var delay = KubeErrors.RetryAfter(ex) ?? Backoff(attempt);
                if (DateTimeOffset.UtcNow + delay > Deadline)
                {
                    throw GiveUp(ex, op);
                }
                log.Verbose($"{op.Describe}: {KubeErrors.Describe(ex)}; retrying in {delay.TotalMilliseconds:0} ms.");
                await Task.Delay(delay, ct).ConfigureAwait(false);
            }
        }
    }

    public Task RunAsync(KubeOperation op, Func<CancellationToken, Task> call, CancellationToken ct) =>
        RunAsync(op, async c => { await call(c).ConfigureAwait(false); return true; }, ct);

    public PullSecretException Fail(HttpOperationException ex, KubeOperation op) => KubeErrors.Map(ex, op, Connection.Host);

    /// <summary>Waits before retrying a conflict; false when the deadline leaves no room.</summary>
    public async Task<bool> BackoffAsync(int attempt, CancellationToken ct)
    {
        var delay = Backoff(attempt);
        if (DateTimeOffset.UtcNow + delay > Deadline)
        {
            return false;
        }
        await Task.Delay(delay, ct).ConfigureAwait(false);
        return true;
    }

    // client-go's DefaultBackoff (k8s.io/client-go/util/retry) grows from 10 ms; jitter keeps concurrent builds apart.
    private static TimeSpan Backoff(int attempt)
    {
        var ms = Math.Min(2000, 20 * Math.Pow(1.6, Math.Min(attempt, 12)));
        return TimeSpan.FromMilliseconds(ms * (0.5 + Random.Shared.NextDouble()));
    }

    private PullSecretException GiveUp(Exception ex, KubeOperation op) => ex switch
    {
        HttpOperationException h => new PullSecretException(ErrorCodes.ServerError,
            $"The API server {Connection.Host} kept failing to {op.Describe} ({KubeErrors.Describe(h)}) until the timeout. Run it again, or raise the timeout.", Setting.Timeout),
        HttpRequestException { StatusCode: null } => new PullSecretException(ErrorCodes.Unreachable,
            $"Cannot reach the API server {Connection.Host} to {op.Describe} ({KubeErrors.Describe(ex)}). Check the kubeconfig's server address and the network, or do a client dry run.", Setting.Kubeconfig, Setting.DryRun),
        _ => new PullSecretException(ErrorCodes.ServerError,
            $"The API server {Connection.Host} did not answer to {op.Describe} in time ({KubeErrors.Describe(ex)}). Run it again, or raise the timeout.", Setting.Timeout),
    };
}
