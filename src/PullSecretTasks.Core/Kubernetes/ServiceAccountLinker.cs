using k8s;
using k8s.Autorest;
using k8s.Models;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Links and unlinks secrets on a service account with oc's semantics (openshift/oc pkg/cli/secrets/link.go, unlink.go),
/// but safe under concurrency: GET, append the missing names (keeping every existing entry, OpenShift's
/// builder-dockercfg-* included), PUT with the resourceVersion, and on 409 read again and retry.
/// Never a strategic merge patch: imagePullSecrets has no patchMergeKey (kubernetes/api core/v1/types.go), so a
/// patch would replace the whole list and drop entries others put there.
/// </summary>
internal sealed class ServiceAccountLinker(KubeCall call, ILog log)
{
    public Task<LinkOutcome> LinkAsync(string ns, string account, IReadOnlyList<string> names, LinkFor @for, DryRunMode dryRun, CancellationToken ct) =>
        ChangeAsync(ns, account, dryRun, LinkAction.Linked, sa =>
        {
            var pull = @for.HasFlag(LinkFor.Pull) ? Append(sa.ImagePullSecrets, names, n => new V1LocalObjectReference { Name = n }, r => r.Name, l => sa.ImagePullSecrets = l) : [];
            var mount = @for.HasFlag(LinkFor.Mount) ? Append(sa.Secrets, names, n => new V1ObjectReference { Name = n }, r => r.Name, l => sa.Secrets = l) : [];
            return (pull, mount);
        }, ct);

    public Task<LinkOutcome> UnlinkAsync(string ns, string account, IReadOnlyList<string> names, DryRunMode dryRun, CancellationToken ct) =>
        ChangeAsync(ns, account, dryRun, LinkAction.Unlinked, sa =>
        {
            var pull = Remove(sa.ImagePullSecrets, names, r => r.Name, l => sa.ImagePullSecrets = l);
            var mount = Remove(sa.Secrets, names, r => r.Name, l => sa.Secrets = l);
            return (pull, mount);
        }, ct);

    private async Task<LinkOutcome> ChangeAsync(string ns, string account, DryRunMode dryRun, LinkAction action,
        Func<V1ServiceAccount, (List<string> Pull, List<string> Mount)> change, CancellationToken ct)
    {
        var update = new KubeOperation("update", "serviceaccounts", ns, account);
        for (var attempt = 0; ; attempt++)
        {
            var sa = await WaitForAsync(ns, account, ct).ConfigureAwait(false);
            var (pull, mount) = change(sa);
            SecretApplier.WithoutManagedFields(sa.Metadata);
            var dry = dryRun != DryRunMode.None;
            if (pull.Count == 0 && mount.Count == 0)
            {
                return new LinkOutcome(ns, account, LinkAction.Unchanged, [], [], dry);
            }
            if (dryRun == DryRunMode.Client)
            {
                // kubectl's client dry run reads the object and reports the change without sending it.
                return new LinkOutcome(ns, account, action, pull, mount, dry);
            }
            try
            {
                await call.RunAsync(update, c => call.Connection.Client.CoreV1.ReplaceNamespacedServiceAccountAsync(
                    sa, account, ns, dryRun: dry ? "All" : null, fieldManager: "pullsecret", cancellationToken: c), ct).ConfigureAwait(false);
                return new LinkOutcome(ns, account, action, pull, mount, dry);
            }
            catch (HttpOperationException ex)
            {
                // 409: another writer (a concurrent build, OpenShift's controller) changed it; start over.
                if (!KubeErrors.IsConflict(ex) || !await call.BackoffAsync(attempt, ct).ConfigureAwait(false))
                {
                    throw call.Fail(ex, update);
                }
                log.Verbose($"serviceaccount/{account} in {ns} changed meanwhile; reading it again.");
            }
        }
    }

    /// <summary>Reads the account, waiting up to the deadline for it to appear (OpenShift creates builder shortly after a namespace).</summary>
    private async Task<V1ServiceAccount> WaitForAsync(string ns, string account, CancellationToken ct)
    {
        var get = new KubeOperation("get", "serviceaccounts", ns, account);
        var waited = false;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call.RunAsync(get, c => call.Connection.Client.CoreV1.ReadNamespacedServiceAccountAsync(
                    account, ns, cancellationToken: c), ct).ConfigureAwait(false);
            }
            catch (HttpOperationException ex) when (KubeErrors.IsNotFound(ex))
            {
                var delay = TimeSpan.FromMilliseconds(Math.Min(1000, 100 * (attempt + 1)));
                if (DateTimeOffset.UtcNow + delay > call.Deadline)
                {
                    throw new PullSecretException(ErrorCodes.ServiceAccountNotFound,
                        $"serviceaccount/{account} does not exist in namespace {ns} (waited until the timeout). Create it (kubectl create serviceaccount {account} -n {ns}), link another account, or wait longer; on OpenShift, builder exists only with the Build capability.", Setting.Timeout);
                }
                if (!waited)
                {
                    log.Info($"Waiting for serviceaccount/{account} in {ns} to appear...");
                    waited = true;
                }
                await Task.Delay(delay, ct).ConfigureAwait(false);
            }
            catch (HttpOperationException ex)
            {
                throw call.Fail(ex, get);
            }
        }
    }

    private static List<string> Append<T>(IList<T>? list, IReadOnlyList<string> names, Func<string, T> make, Func<T, string?> name, Action<IList<T>> set)
    {
        var current = list ?? [];
        // New names go in sorted order, as oc does (sets.String.List() in link.go).
        var missing = names.Distinct().Where(n => !current.Any(r => name(r) == n)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            set(current.Concat(missing.Select(make)).ToList());
        }
        return missing;
    }

    private static List<string> Remove<T>(IList<T>? list, IReadOnlyList<string> names, Func<T, string?> name, Action<IList<T>> set)
    {
        var current = list ?? [];
        var removed = current.Select(name).Where(n => n is not null && names.Contains(n)).Distinct().Cast<string>().ToList();
        if (removed.Count > 0)
        {
            set(current.Where(r => !names.Contains(name(r) ?? "")).ToList());
        }
        return removed;
    }
}
