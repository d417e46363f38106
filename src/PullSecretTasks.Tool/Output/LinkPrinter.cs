using PullSecretTasks.Results;

namespace PullSecretTasks.Tool.Output;

/// <summary>kubectl-style lines for service accounts: <c>serviceaccount/builder linked</c>.</summary>
internal static class LinkPrinter
{
    public static string Line(LinkOutcome l, bool withNamespace, string dryRunLabel) =>
        $"{(withNamespace ? l.Namespace + ": " : "")}serviceaccount/{l.ServiceAccount} {l.Action.ToString().ToLowerInvariant()}{(l.DryRun ? dryRunLabel : "")}\n";

    public static string Print(LinkResult result, bool withNamespace, string dryRunLabel) =>
        string.Concat(result.Links.Select(l => Line(l, withNamespace, dryRunLabel)));
}
