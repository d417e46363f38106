using k8s;
using k8s.Autorest;
using k8s.Models;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Creates or updates one secret without ever leaving a window with none: absent →
/// POST; ours and equal → no write; ours and different → PUT with its resourceVersion, retried on 409;
/// not ours → refuse unless --overwrite; another type or immutable → refuse, or with --overwrite delete and
/// recreate (the type is immutable: kubernetes/kubernetes pkg/apis/core/validation/validation.go ValidateSecretUpdate).
/// </summary>
internal sealed class SecretApplier(KubeCall call, ILog log)
{
    private const string FieldManager = "pullsecret";

    public async Task<SecretAction> ApplyAsync(PullSecretManifest secret, bool overwrite, DryRunMode dryRun, CancellationToken ct)
    {
        var dry = dryRun == DryRunMode.Server ? "All" : null;
        var client = call.Connection.Client;
        for (var attempt = 0; ; attempt++)
        {
            var existing = await ReadAsync(secret, ct).ConfigureAwait(false);
            if (existing is null)
            {
                var create = Op("create", secret);
                try
                {
                    await call.RunAsync(create, c => client.CoreV1.CreateNamespacedSecretAsync(
                        ToV1(secret), secret.Namespace, dryRun: dry, fieldManager: FieldManager, cancellationToken: c), ct).ConfigureAwait(false);
                    return SecretAction.Created;
                }
                catch (HttpOperationException ex)
                {
                    // 409 AlreadyExists: someone created it meanwhile; decide again on what is there now.
                    if (!KubeErrors.IsConflict(ex) || !await call.BackoffAsync(attempt, ct).ConfigureAwait(false))
                    {
                        throw call.Fail(ex, create);
                    }
                    continue;
                }
            }
            var ours = existing.Metadata?.Labels?.TryGetValue(PullSecretManifest.ManagedByLabel, out var by) == true
                && by == PullSecretManifest.ManagedByValue;
            if (!ours && !overwrite)
            {
                throw new PullSecretException(ErrorCodes.SecretNotOurs,
                    $"secret/{secret.Name} already exists in namespace {secret.Namespace} and was not created by pullsecret (no label {PullSecretManifest.ManagedByLabel}={PullSecretManifest.ManagedByValue}). Pick another name, or take it over.", Setting.Overwrite);
            }
            if (ours && IsEqual(existing, secret))
            {
                return SecretAction.Unchanged;
            }
            if (existing.Type != secret.Type || existing.Immutable == true)
            {
                return await ReplaceAsync(existing, secret, overwrite, dry, ct).ConfigureAwait(false);
            }
            var update = Op("update", secret);
            existing.Data = secret.Data.ToDictionary(p => p.Key, p => p.Value);
            existing.Metadata!.Labels ??= new Dictionary<string, string>();
            WithoutManagedFields(existing.Metadata);
            existing.Metadata.Labels[PullSecretManifest.ManagedByLabel] = PullSecretManifest.ManagedByValue;
            try
            {
                await call.RunAsync(update, c => client.CoreV1.ReplaceNamespacedSecretAsync(
                    existing, secret.Name, secret.Namespace, dryRun: dry, fieldManager: FieldManager, cancellationToken: c), ct).ConfigureAwait(false);
                return SecretAction.Configured;
            }
            catch (HttpOperationException ex)
            {
                if (!KubeErrors.IsConflict(ex) || !await call.BackoffAsync(attempt, ct).ConfigureAwait(false))
                {
                    throw call.Fail(ex, update);
                }
                log.Verbose($"secret/{secret.Name} in {secret.Namespace} changed meanwhile; reading it again.");
            }
        }
    }

    private async Task<SecretAction> ReplaceAsync(V1Secret existing, PullSecretManifest secret, bool overwrite, string? dry, CancellationToken ct)
    {
        var why = existing.Type != secret.Type ? $"has type {existing.Type}" : "is immutable";
        if (!overwrite)
        {
            throw new PullSecretException(ErrorCodes.SecretIncompatible,
                $"secret/{secret.Name} in namespace {secret.Namespace} {why}, so it cannot be updated to {secret.Type}. Delete it, or have it deleted and recreated.", Setting.Overwrite);
        }
        var client = call.Connection.Client;
        var delete = Op("delete", secret);
        try
        {
            await call.RunAsync(delete, c => client.CoreV1.DeleteNamespacedSecretAsync(
                secret.Name, secret.Namespace, dryRun: dry, cancellationToken: c), ct).ConfigureAwait(false);
        }
        catch (HttpOperationException ex)
        {
            throw call.Fail(ex, delete);
        }
        log.Info($"secret/{secret.Name} in {secret.Namespace} {why}; deleted to recreate it (overwrite).");
        if (dry is null)
        {
            var create = Op("create", secret);
            try
            {
                await call.RunAsync(create, c => client.CoreV1.CreateNamespacedSecretAsync(
                    ToV1(secret), secret.Namespace, fieldManager: FieldManager, cancellationToken: c), ct).ConfigureAwait(false);
            }
            catch (HttpOperationException ex)
            {
                // The old secret is gone: say so, so nobody believes it is still there. A re-run creates it.
                var failure = call.Fail(ex, create);
                throw failure.WithContext($"secret/{secret.Name} was deleted to be recreated, but creating it failed: ");
            }
        }
        return SecretAction.Replaced;
    }

    private async Task<V1Secret?> ReadAsync(PullSecretManifest secret, CancellationToken ct)
    {
        var get = Op("get", secret);
        try
        {
            return await call.RunAsync(get, c => call.Connection.Client.CoreV1.ReadNamespacedSecretAsync(
                secret.Name, secret.Namespace, cancellationToken: c), ct).ConfigureAwait(false);
        }
        catch (HttpOperationException ex) when (KubeErrors.IsNotFound(ex))
        {
            return null;
        }
        catch (HttpOperationException ex)
        {
            throw call.Fail(ex, get);
        }
    }

    // A PUT without managedFields keeps the server's (apiserver fieldmanager: nil means "unchanged"); sending them back
    // would also need JSON metadata for FieldsV1 that KubernetesClient.Aot's source-generated context does not have.
    internal static void WithoutManagedFields(V1ObjectMeta? metadata)
    {
        if (metadata is not null)
        {
            metadata.ManagedFields = null;
        }
    }

    private static bool IsEqual(V1Secret existing, PullSecretManifest secret) =>
        existing.Type == secret.Type
        && existing.Data is { } data && data.Count == secret.Data.Count
        && secret.Data.All(p => data.TryGetValue(p.Key, out var v) && v.AsSpan().SequenceEqual(p.Value));

    private static V1Secret ToV1(PullSecretManifest s) => new()
    {
        ApiVersion = "v1",
        Kind = "Secret",
        Metadata = new V1ObjectMeta { Name = s.Name, NamespaceProperty = s.Namespace, Labels = s.Labels.ToDictionary() },
        Type = s.Type,
        Data = s.Data.ToDictionary(p => p.Key, p => p.Value),
    };

    private static KubeOperation Op(string verb, PullSecretManifest s) => new(verb, "secrets", s.Namespace, s.Name);
}
