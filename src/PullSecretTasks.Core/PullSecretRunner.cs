using PullSecretTasks.Docker;
using PullSecretTasks.Kubernetes;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks;

/// <summary>
/// The one entry point every front end calls (MSBuild tasks, Cake aliases, the pullsecret CLI).
/// Bad input throws <see cref="PullSecretException"/> before anything is written; failures in a namespace
/// are returned per namespace, each saying what was already done there, so a re-run converges.
/// </summary>
public static class PullSecretRunner
{
    /// <summary>Builds the pull secret from docker login output, creates or updates it in each namespace, and links it.</summary>
    public static async Task<CreateResult> CreateAsync(CreateRequest request, RunnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var plan = CreatePlan.Build(request, context, cancellationToken);
        if (request.DryRun == DryRunMode.Client)
        {
            var ns = request.Namespaces.Count > 0 ? request.Namespaces
                : [KubeconfigFiles.ContextNamespace(request.Kubeconfig, request.Context, context.Environment)];
            var outcomes = plan.Secrets(ns).Select(m => new SecretOutcome(m, SecretAction.Created, true, [])).ToList();
            return new CreateResult(outcomes, plan.Registries, []);
        }
        using var connection = ClusterConnection.Open(request.Kubeconfig, request.Context, context.Environment, request.Timeout);
        return await ClusterWork.CreateAsync(request, plan, connection, context.Log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Links existing secrets to a service account in each namespace (oc secrets link).</summary>
    public static Task<LinkResult> LinkAsync(LinkRequest request, RunnerContext context, CancellationToken cancellationToken = default) =>
        LinkOrUnlinkAsync(request, context, unlink: false, cancellationToken);

    /// <summary>Removes secrets from both lists of a service account in each namespace (oc secrets unlink).</summary>
    public static Task<LinkResult> UnlinkAsync(LinkRequest request, RunnerContext context, CancellationToken cancellationToken = default) =>
        LinkOrUnlinkAsync(request, context, unlink: true, cancellationToken);

    private static async Task<LinkResult> LinkOrUnlinkAsync(LinkRequest request, RunnerContext context, bool unlink, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        ClusterWork.Validate(request);
        using var connection = ClusterConnection.Open(request.Kubeconfig, request.Context, context.Environment, request.Timeout);
        return await ClusterWork.LinkAsync(request, connection, unlink, context.Log, ct).ConfigureAwait(false);
    }

    /// <summary>Reports, per registry, where its credential lives and whether it is usable; never a secret.</summary>
    public static IReadOnlyList<RegistryReport> Inspect(InspectRequest request, RunnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        return context.CreateResolver(request.DockerConfig).Inspect(request.Registries, cancellationToken);
    }
}
