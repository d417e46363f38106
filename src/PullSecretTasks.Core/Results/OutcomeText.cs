using PullSecretTasks.Requests;

namespace PullSecretTasks.Results;

/// <summary>
/// The sentences a build log gets for what was done, in the SDK's style ("Pushed image 'app:1.0' to registry
/// 'ghcr.io'."): one per secret and namespace, one per service account. Names only, never data; MSBuild and Cake print
/// them, the CLI keeps kubectl's terse lines.
/// </summary>
public static class OutcomeText
{
    /// <summary>" (dry run)" for a client dry run, " (server dry run)" for a server one, as kubectl labels them; else "".</summary>
    public static string DryRunLabel(DryRunMode mode) => mode switch
    {
        DryRunMode.Client => " (dry run)",
        DryRunMode.Server => " (server dry run)",
        _ => "",
    };

    /// <summary>Ex: <c>Pull secret 'app-pull' created in namespace 'apps' for registries 'ghcr.io', 'quay.io'.</c></summary>
    public static string Secret(SecretOutcome outcome, IReadOnlyList<string> registries, DryRunMode mode)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(registries);
        var action = outcome.Action.ToString().ToLowerInvariant();
        var what = registries.Count == 1 ? "registry" : "registries";
        return $"Pull secret '{outcome.Secret.Name}' {action} in namespace '{outcome.Secret.Namespace}' for {what} {Quoted(registries)}{DryRunLabel(mode)}.";
    }

    /// <summary>Ex: <c>Service account 'builder' in namespace 'apps' linked to 'app-pull' (imagePullSecrets, secrets).</c>;
    /// a dry run adds its label inside the parentheses: <c>(imagePullSecrets; dry run)</c>.</summary>
    public static string Link(LinkOutcome link, DryRunMode mode)
    {
        ArgumentNullException.ThrowIfNull(link);
        var names = link.ImagePullSecrets.Concat(link.Secrets).Distinct(StringComparer.Ordinal).ToList();
        var lists = string.Join(", ", new[] { (link.ImagePullSecrets.Count > 0, "imagePullSecrets"), (link.Secrets.Count > 0, "secrets") }
            .Where(l => l.Item1).Select(l => l.Item2));
        var dryRun = DryRunLabel(mode).Trim().Trim('(', ')');
        var detail = dryRun.Length == 0 ? $"({lists})" : $"({lists}; {dryRun})";
        var head = $"Service account '{link.ServiceAccount}' in namespace '{link.Namespace}'";
        return link.Action switch
        {
            LinkAction.Linked => $"{head} linked to {Quoted(names)} {detail}.",
            LinkAction.Unlinked => $"{head} unlinked from {Quoted(names)} {detail}.",
            _ => $"{head} unchanged{DryRunLabel(mode)}.",
        };
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
