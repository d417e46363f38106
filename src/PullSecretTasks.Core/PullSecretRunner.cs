using PullSecretTasks.Docker;
using PullSecretTasks.Kubernetes;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.Secrets;

namespace PullSecretTasks;

/// <summary>
/// The one entry point every front end calls (MSBuild tasks, Cake aliases, the pullsecret CLI).
/// Expected failures throw <see cref="PullSecretException"/> with a PSEC code.
/// </summary>
public static class PullSecretRunner
{
    /// <summary>Builds the pull secret from docker login output and creates or updates it in each namespace.</summary>
    public static Task<CreateResult> CreateAsync(CreateRequest request, RunnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var manifests = BuildSecrets(request, context, cancellationToken, out var registries);
        if (request.DryRun == DryRunMode.Client)
        {
            var outcomes = manifests.Select(m => new SecretOutcome(m, SecretAction.Created, DryRun: true)).ToList();
            return Task.FromResult(new CreateResult(outcomes, registries));
        }
        throw new PullSecretException(ErrorCodes.ClusterNotAvailable,
            "Writing to a cluster is not available in this version. Use --dry-run client and apply the output with `kubectl apply -f -`.");
    }

    /// <summary>Reports, per registry, where its credential lives and whether it is usable; never a secret.</summary>
    public static IReadOnlyList<RegistryReport> Inspect(InspectRequest request, RunnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return context.CreateResolver(request.DockerConfig).Inspect(request.Registries, cancellationToken);
    }

    private static IReadOnlyList<PullSecretManifest> BuildSecrets(
        CreateRequest request, RunnerContext context, CancellationToken ct, out IReadOnlyList<string> registries)
    {
        ObjectNames.ValidateSecretName(request.Name);
        var type = SecretTypes.Normalize(request.Type)
            ?? throw new PullSecretException(ErrorCodes.InvalidSecretType,
                $"Secret type \"{request.Type}\" is not supported. Use {string.Join(", ", SecretTypes.All)}.");
        foreach (var ns in request.Namespaces)
        {
            ObjectNames.ValidateNamespace(ns);
        }
        foreach (var sa in request.LinkTo)
        {
            ObjectNames.ValidateServiceAccountName(sa);
        }
        if (request.Registries.Count == 0 && !request.AllRegistries && request.DockerServer is null)
        {
            throw new PullSecretException(ErrorCodes.NoRegistry,
                $"Secret {request.Name} names no registry. Name one or more registries (--registry HOST), or take every one with --all-registries.");
        }
        var credentials = ResolveCredentials(request, context, ct);
        registries = credentials.Select(c => c.Registry.SecretKey).Order(StringComparer.Ordinal).ToList();
        context.Log.Verbose($"Secret {request.Name} holds {string.Join(", ", registries)}.");
        var namespaces = request.Namespaces.Count > 0
            ? request.Namespaces.Distinct().ToList()
            : [KubeconfigFiles.ContextNamespace(request.Kubeconfig, request.Context, context.Environment)];
        return SecretBuilder.Build(request.Name, type, namespaces, credentials, context.Log);
    }

    private static List<RegistryCredential> ResolveCredentials(CreateRequest request, RunnerContext context, CancellationToken ct)
    {
        var credentials = new List<RegistryCredential>();
        if (request.DockerServer is { } explicitInput)
        {
            credentials.Add(ExplicitCredentialReader.Read(explicitInput, context));
        }
        if (request.Registries.Count > 0 || request.AllRegistries)
        {
            var resolver = context.CreateResolver(request.DockerConfig);
            var found = request.AllRegistries ? resolver.ResolveAll(ct) : resolver.Resolve(request.Registries, ct);
            credentials.AddRange(found.Where(f => !credentials.Any(c => c.Registry.SecretKey == f.Registry.SecretKey)));
        }
        return credentials;
    }
}
