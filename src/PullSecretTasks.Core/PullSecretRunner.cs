using PullSecretTasks.Kubernetes;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.Validation;

namespace PullSecretTasks;

/// <summary>
/// The one entry point every front end calls (MSBuild tasks, Cake aliases, the pullsecret CLI). Bad input throws
/// <see cref="PullSecretException"/> before anything is read or written; failures in a namespace are returned per
/// namespace, each saying what was already done there, so a re-run converges.
/// </summary>
public static class PullSecretRunner
{
    /// <summary>Builds the pull secret from docker login output, creates or updates it in each namespace, and links it.</summary>
    public static async Task<CreateResult> CreateAsync(CreateRequest request, RunnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        request = RequestValidator.Check(request);
        var deadline = RunDeadline.In(request.Timeout!.Value);
        if (request.DryRun != DryRunMode.Client && !context.ExclusiveProcess)
        {
            _ = Prewarm.Start();
        }
        WarnBuilderMountOnly(request.LinkTo, request.For, context);
        // A client dry run that names its namespaces needs nothing from the kubeconfig, so it does not read it (unless
        // one is named, whose absence is then an error as in kubectl).
        var needsKubeconfig = request.DryRun != DryRunMode.Client || request.Namespaces.Count == 0 || request.Kubeconfig is not null || request.Context is not null;
        var target = needsKubeconfig ? ClusterTarget.Load(request.Kubeconfig, request.Context, context.Environment) : null;
        if (request.DryRun != DryRunMode.Client)
        {
            target!.EnsureConnectable();
        }
        var plan = await CreatePlan.ResolveAsync(request, context, deadline, cancellationToken).ConfigureAwait(false);
        var namespaces = request.Namespaces.Count > 0 ? request.Namespaces : [target!.DefaultNamespace];
        var secrets = plan.Secrets(request, namespaces, context);
        if (request.DryRun == DryRunMode.Client)
        {
            return new CreateResult(secrets.Select(s => new SecretOutcome(s, SecretAction.Created, true, PlannedLinks(request, s.Namespace, s.Name))).ToList(), plan.Registries, []);
        }
        using var connection = await target!.ConnectAsync(context, deadline, request.Timeout!.Value, cancellationToken).ConfigureAwait(false);
        return await ClusterWork.CreateAsync(request, secrets, plan.Registries, connection, deadline, context.Log, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Links existing secrets to a service account in each namespace (oc secrets link).</summary>
    public static Task<LinkResult> LinkAsync(LinkRequest request, RunnerContext context, CancellationToken cancellationToken = default) =>
        LinkOrUnlinkAsync(request, context, unlink: false, cancellationToken);

    /// <summary>Removes secrets from both lists of a service account in each namespace (oc secrets unlink).</summary>
    public static Task<LinkResult> UnlinkAsync(LinkRequest request, RunnerContext context, CancellationToken cancellationToken = default) =>
        LinkOrUnlinkAsync(request, context, unlink: true, cancellationToken);

    /// <summary>Reports, per registry, where its credential lives and whether it is usable; never a secret.</summary>
    public static IReadOnlyList<RegistryReport> Inspect(InspectRequest request, RunnerContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var registry in request.Registries)
        {
            Docker.RegistryName.Require(registry, Setting.Registries);
        }
        return context.CreateResolver(request.DockerConfig, request.ContainerRegistry).Inspect(request.Registries, cancellationToken);
    }

    private static async Task<LinkResult> LinkOrUnlinkAsync(LinkRequest request, RunnerContext context, bool unlink, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        request = RequestValidator.Check(request);
        var deadline = RunDeadline.In(request.Timeout!.Value);
        if (!context.ExclusiveProcess)
        {
            _ = Prewarm.Start();
        }
        if (!unlink)
        {
            WarnBuilderMountOnly([request.ServiceAccount], request.For, context);
        }
        var target = ClusterTarget.Load(request.Kubeconfig, request.Context, context.Environment);
        var namespaces = request.Namespaces.Count > 0 ? request.Namespaces : [target.DefaultNamespace];
        using var connection = await target.ConnectAsync(context, deadline, request.Timeout!.Value, ct).ConfigureAwait(false);
        return await ClusterWork.LinkAsync(request, namespaces, connection, unlink, deadline, context.Log, ct).ConfigureAwait(false);
    }

    // OpenShift 4.16+ builds read only the builder account's imagePullSecrets (openshift/openshift-controller-manager
    // pkg/build/buildutil/util.go, FetchServiceAccountSecrets): a mount-only link, oc's default, no longer reaches them.
    private static void WarnBuilderMountOnly(IReadOnlyList<string> accounts, LinkFor @for, RunnerContext context)
    {
        if (!@for.HasFlag(LinkFor.Pull) && accounts.Contains("builder", StringComparer.Ordinal))
        {
            context.Log.Warn(ErrorCodes.BuilderMountOnly,
                "serviceaccount/builder is linked for mount only, as oc secrets link does by default; OpenShift 4.16 and later builds read only its imagePullSecrets, so they will not see the secret. Link it for pull too.");
        }
    }

    // A client dry run of create never reads the cluster, so it reports the links it would make, as kubectl reports
    // "created (dry run)" whatever the server holds.
    private static List<LinkOutcome> PlannedLinks(CreateRequest request, string ns, string name)
    {
        IReadOnlyList<string> pull = request.For.HasFlag(LinkFor.Pull) ? [name] : [];
        IReadOnlyList<string> mount = request.For.HasFlag(LinkFor.Mount) ? [name] : [];
        return request.LinkTo.Select(a => new LinkOutcome(ns, a, LinkAction.Linked, pull, mount, true)).ToList();
    }
}
