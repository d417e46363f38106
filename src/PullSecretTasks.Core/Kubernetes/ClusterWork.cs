using k8s;
using k8s.Autorest;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Kubernetes;

/// <summary>The cluster half of create, link and unlink: one unit of work per namespace.</summary>
internal static class ClusterWork
{
    public static async Task<CreateResult> CreateAsync(
        CreateRequest request, IReadOnlyList<PullSecretManifest> secrets, IReadOnlyList<string> registries, ClusterConnection connection, RunDeadline deadline, ILog log, CancellationToken ct)
    {
        var call = new KubeCall(connection, deadline.At, log);
        var (done, failed) = await NamespaceFanOut.RunAsync(secrets, s => s.Namespace, async secret =>
        {
            SecretAction action;
            try
            {
                action = await new SecretApplier(call, log).ApplyAsync(secret, request.Overwrite, request.DryRun, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw NamespaceFanOut.Cancelled(
                    $"In namespace {secret.Namespace}: cancelled while writing secret/{secret.Name}, which may or may not have been written; nothing was linked. Run the same command again to finish.");
            }
            var links = new List<LinkOutcome>();
            foreach (var account in request.LinkTo)
            {
                try
                {
                    links.Add(await new ServiceAccountLinker(call, log).LinkAsync(secret.Namespace, account, [secret.Name], request.For, request.DryRun, ct).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is PullSecretException || (ex is OperationCanceledException && ct.IsCancellationRequested))
                {
                    var already = string.Concat(links.Select(l => $", serviceaccount/{l.ServiceAccount} {l.Action.ToString().ToLowerInvariant()}"));
                    var done = $"In namespace {secret.Namespace}: secret/{secret.Name} {action.ToString().ToLowerInvariant()}{already}; ";
                    throw ex is PullSecretException failure
                        ? failure.WithContext($"{done}linking serviceaccount/{account} failed: ")
                        : NamespaceFanOut.Cancelled($"{done}cancelled while linking serviceaccount/{account}. Run the same command again to finish.");
                }
            }
            return new SecretOutcome(secret, action, request.DryRun != DryRunMode.None, links);
        }, log, ct).ConfigureAwait(false);
        return new CreateResult(done, registries, failed);
    }

    public static async Task<LinkResult> LinkAsync(
        LinkRequest request, IReadOnlyList<string> namespaces, ClusterConnection connection, bool unlink, RunDeadline deadline, ILog log, CancellationToken ct)
    {
        var call = new KubeCall(connection, deadline.At, log);
        var linker = new ServiceAccountLinker(call, log);
        var (done, failed) = await NamespaceFanOut.RunAsync(namespaces, ns => ns, async ns =>
        {
            if (unlink)
            {
                return await linker.UnlinkAsync(ns, request.ServiceAccount, request.Secrets, request.DryRun, ct).ConfigureAwait(false);
            }
            await RequireSecretsAsync(call, ns, request.Secrets, ct).ConfigureAwait(false);
            return await linker.LinkAsync(ns, request.ServiceAccount, request.Secrets, request.For, request.DryRun, ct).ConfigureAwait(false);
        }, log, ct).ConfigureAwait(false);
        return new LinkResult(done, failed);
    }

    // A secret that does not exist is an error before the account is touched (oc only warns and links the rest).
    private static async Task RequireSecretsAsync(KubeCall call, string ns, IReadOnlyList<string> names, CancellationToken ct)
    {
        foreach (var name in names)
        {
            var get = new KubeOperation("get", "secrets", ns, name);
            try
            {
                await call.RunAsync(get, c => call.Connection.Client.CoreV1.ReadNamespacedSecretAsync(name, ns, cancellationToken: c), ct).ConfigureAwait(false);
            }
            catch (HttpOperationException ex) when (KubeErrors.IsNotFound(ex))
            {
                throw new PullSecretException(ErrorCodes.SecretToLinkMissing,
                    $"secret/{name} does not exist in namespace {ns}; nothing was linked. Create it first, or check the namespace.", Setting.Namespaces);
            }
            catch (HttpOperationException ex)
            {
                throw call.Fail(ex, get);
            }
        }
    }
}
