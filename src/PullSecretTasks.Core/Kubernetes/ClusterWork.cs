using k8s;
using k8s.Autorest;
using PullSecretTasks.Logging;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks.Kubernetes;

/// <summary>The cluster half of create, link and unlink, per namespace.</summary>
internal static class ClusterWork
{
    public static async Task<CreateResult> CreateAsync(CreateRequest request, CreatePlan plan, ClusterConnection connection, ILog log, CancellationToken ct)
    {
        var namespaces = request.Namespaces.Count > 0 ? request.Namespaces.Distinct().ToList() : [connection.DefaultNamespace];
        var secrets = plan.Secrets(namespaces);
        var call = new KubeCall(connection, DateTimeOffset.UtcNow + request.Timeout, log);
        var dryRun = request.DryRun == DryRunMode.Server;
        // create --link defaults to pull and mount: OpenShift 4.16+ builds read the builder's imagePullSecrets.
        var @for = request.For == LinkFor.None ? LinkFor.Pull | LinkFor.Mount : request.For;
        var (done, failed) = await NamespaceFanOut.RunAsync(namespaces, async ns =>
        {
            var secret = secrets.First(s => s.Namespace == ns);
            var action = await new SecretApplier(call, log).ApplyAsync(secret, request.Overwrite, dryRun, ct).ConfigureAwait(false);
            var links = new List<LinkOutcome>();
            foreach (var account in request.LinkTo.Distinct())
            {
                try
                {
                    links.Add(await new ServiceAccountLinker(call, log).LinkAsync(ns, account, [secret.Name], @for, dryRun, ct).ConfigureAwait(false));
                }
                catch (PullSecretException ex)
                {
                    var already = string.Concat(links.Select(l => $", serviceaccount/{l.ServiceAccount} {l.Action.ToString().ToLowerInvariant()}"));
                    throw new PullSecretException(ex.Code,
                        $"In namespace {ns}: secret/{secret.Name} {action.ToString().ToLowerInvariant()}{already}; linking serviceaccount/{account} failed: {ex.Message}", ex);
                }
            }
            return new SecretOutcome(secret, action, dryRun, links);
        }, log, ct).ConfigureAwait(false);
        return new CreateResult(done, plan.Registries, failed);
    }

    public static async Task<LinkResult> LinkAsync(LinkRequest request, ClusterConnection connection, bool unlink, ILog log, CancellationToken ct)
    {
        var namespaces = request.Namespaces.Count > 0 ? request.Namespaces.Distinct().ToList() : [connection.DefaultNamespace];
        var call = new KubeCall(connection, DateTimeOffset.UtcNow + request.Timeout, log);
        var linker = new ServiceAccountLinker(call, log);
        // oc secrets link defaults to --for=mount.
        var @for = request.For == LinkFor.None ? LinkFor.Mount : request.For;
        var (done, failed) = await NamespaceFanOut.RunAsync(namespaces, async ns =>
        {
            if (unlink)
            {
                return await linker.UnlinkAsync(ns, request.ServiceAccount, request.Secrets, request.DryRunServer, ct).ConfigureAwait(false);
            }
            await RequireSecretsAsync(call, ns, request.Secrets, ct).ConfigureAwait(false);
            return await linker.LinkAsync(ns, request.ServiceAccount, request.Secrets, @for, request.DryRunServer, ct).ConfigureAwait(false);
        }, log, ct).ConfigureAwait(false);
        return new LinkResult(done, failed);
    }

    public static void Validate(LinkRequest request)
    {
        ObjectNames.ValidateServiceAccountName(request.ServiceAccount);
        if (request.Secrets.Count == 0)
        {
            throw new PullSecretException(ErrorCodes.InvalidOption, "Name at least one secret to link or unlink.");
        }
        foreach (var s in request.Secrets)
        {
            ObjectNames.ValidateSecretName(s);
        }
        foreach (var ns in request.Namespaces)
        {
            ObjectNames.ValidateNamespace(ns);
        }
    }

    // A secret that does not exist is an error before the account is touched (oc only warns and links the rest).
    private static async Task RequireSecretsAsync(KubeCall call, string ns, IReadOnlyList<string> names, CancellationToken ct)
    {
        foreach (var name in names.Distinct())
        {
            var get = new KubeOperation("get", "secrets", ns, name);
            try
            {
                await call.RunAsync(get, c => call.Connection.Client.CoreV1.ReadNamespacedSecretAsync(name, ns, cancellationToken: c), ct).ConfigureAwait(false);
            }
            catch (HttpOperationException ex) when (KubeErrors.IsNotFound(ex))
            {
                throw new PullSecretException(ErrorCodes.SecretToLinkMissing,
                    $"secret/{name} does not exist in namespace {ns}; nothing was linked. Create it first (pullsecret create {name} --registry HOST -n {ns}).");
            }
            catch (HttpOperationException ex)
            {
                throw call.Fail(ex, get);
            }
        }
    }
}
