using PullSecretTasks.Docker;
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
    public static CreatePlan Resolve(CreateRequest request, RunnerContext context, RunDeadline deadline, CancellationToken ct)
    {
        var credentials = new List<RegistryCredential>();
        if (request.DockerServer is { } typed)
        {
            credentials.Add(ExplicitCredentialReader.Read(typed, context));
        }
        if (request.Registries.Count > 0 || request.AllRegistries)
        {
            var resolver = context.CreateResolver(request.DockerConfig, request.ContainerRegistry, deadline);
            var found = request.AllRegistries ? resolver.ResolveAll(ct) : resolver.Resolve(request.Registries, ct);
            var typedKeys = credentials.Select(c => c.Registry.SecretKey).ToHashSet(StringComparer.Ordinal);
            credentials.AddRange(found.Where(f => !typedKeys.Contains(f.Registry.SecretKey)));
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
