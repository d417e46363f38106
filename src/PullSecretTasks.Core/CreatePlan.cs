using PullSecretTasks.Docker;
using PullSecretTasks.Registry;
using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;

namespace PullSecretTasks;

/// <summary>A checked create request with its credentials resolved: everything before the cluster.</summary>
internal sealed class CreatePlan
{
    private readonly IReadOnlyList<RegistryCredential> credentials;

    private CreatePlan(IReadOnlyList<RegistryCredential> credentials)
    {
        this.credentials = credentials;
        Registries = credentials.Select(c => c.Registry.SecretKey).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The registry keys the secret holds, sorted.</summary>
    public IReadOnlyList<string> Registries { get; }

    /// <summary>Reads the typed credential and the login output; the request must be checked already.</summary>
    public static async Task<CreatePlan> ResolveAsync(CreateRequest request, RunnerContext context, RunDeadline deadline, CancellationToken ct)
    {
        var credentials = new List<RegistryCredential>();
        CredentialResolver? resolver = null;
        if (request.DockerServer is { } typed)
        {
            credentials.Add(ExplicitCredentialReader.Read(typed, context));
        }
        if (request.Registries.Count > 0 || request.AllRegistries)
        {
            resolver = context.CreateResolver(request.DockerConfig, request.ContainerRegistry, deadline);
            var found = request.AllRegistries ? resolver.ResolveAll(ct) : resolver.Resolve(request.Registries, ct);
            var typedKeys = credentials.Select(c => c.Registry.SecretKey).ToHashSet(StringComparer.Ordinal);
            credentials.AddRange(found.Where(f => !typedKeys.Contains(f.Registry.SecretKey)));
        }
        if (request.Verify || request.DelegatedAuth)
        {
            var options = new RegistryCheckOptions(request.Verify, request.DelegatedAuth,
                request.Image is { } image ? ImageReference.Parse(image) : null,
                RegistryEndpoint.InsecureNames(request.InsecureRegistries, context.Environment));
            resolver ??= context.CreateResolver(request.DockerConfig, request.ContainerRegistry, deadline);
            // The token host's own entry in the login output, when it has a usable one; else the registry's credential.
            RegistryCredential? OwnEntry(RegistryName realm) => resolver.Lookup(realm, realm.Name, ct).Credential;
            credentials.AddRange(await RegistryChecks.RunAsync(credentials, options, OwnEntry, context.Log, deadline, ct).ConfigureAwait(false));
        }
        foreach (var credential in credentials)
        {
            if (CredentialLifetime.Warning(credential, DateTimeOffset.UtcNow) is { } warning)
            {
                context.Log.Warn(ErrorCodes.ShortLivedCredential, warning);
            }
        }
        var plan = new CreatePlan(credentials);
        context.Log.Verbose($"Secret {request.Name} holds {string.Join(", ", plan.Registries)}.");
        return plan;
    }

    /// <summary>One secret per namespace, all with the same data.</summary>
    public IReadOnlyList<PullSecretManifest> Secrets(CreateRequest request, IReadOnlyList<string> namespaces, RunnerContext context) =>
        SecretBuilder.Build(request.Name, request.Type!, namespaces, credentials, context.Log);
}
