using PullSecretTasks.Docker;
using PullSecretTasks.Kubernetes;
using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;

namespace PullSecretTasks;

/// <summary>A create request checked and its credentials resolved: everything before the cluster.</summary>
internal sealed class CreatePlan
{
    private readonly CreateRequest request;
    private readonly IReadOnlyList<RegistryCredential> credentials;
    private readonly RunnerContext context;

    private CreatePlan(CreateRequest request, string type, IReadOnlyList<RegistryCredential> credentials, RunnerContext context)
    {
        this.request = request;
        Type = type;
        this.credentials = credentials;
        this.context = context;
        Registries = credentials.Select(c => c.Registry.SecretKey).Order(StringComparer.Ordinal).ToList();
    }

    public string Type { get; }

    public IReadOnlyList<string> Registries { get; }

    public IReadOnlyList<PullSecretManifest> Secrets(IReadOnlyList<string> namespaces) =>
        SecretBuilder.Build(request.Name, Type, namespaces.Distinct().ToList(), credentials, context.Log);

    public static CreatePlan Build(CreateRequest request, RunnerContext context, CancellationToken ct)
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
                $"Secret {request.Name} names no registry. Name one or more registries (--registry HOST), or take every usable one (--all-registries).");
        }
        var credentials = new List<RegistryCredential>();
        if (request.DockerServer is { } typed)
        {
            credentials.Add(ExplicitCredentialReader.Read(typed, context));
        }
        if (request.Registries.Count > 0 || request.AllRegistries)
        {
            var resolver = context.CreateResolver(request.DockerConfig);
            var found = request.AllRegistries ? resolver.ResolveAll(ct) : resolver.Resolve(request.Registries, ct);
            credentials.AddRange(found.Where(f => !credentials.Any(c => c.Registry.SecretKey == f.Registry.SecretKey)));
        }
        var plan = new CreatePlan(request, type, credentials, context);
        context.Log.Verbose($"Secret {request.Name} holds {string.Join(", ", plan.Registries)}.");
        return plan;
    }
}
