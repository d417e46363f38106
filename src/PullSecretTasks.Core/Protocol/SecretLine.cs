using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks.Protocol;

/// <summary>A secret written in one namespace, as the task's <c>Secrets</c> output item and its log lines have it.</summary>
/// <param name="Name">The secret.</param>
/// <param name="Namespace">Its namespace.</param>
/// <param name="Type">Its type.</param>
/// <param name="Action">Created, Configured, Unchanged or Replaced.</param>
/// <param name="DryRun">Whether it was a dry run.</param>
/// <param name="Registries">The registries it holds.</param>
/// <param name="LinkedTo">The accounts linked.</param>
/// <param name="Lines">The outcome sentences (<see cref="Results.OutcomeText"/>) for the secret and each account.</param>
public sealed record SecretLine(string Name, string Namespace, string Type, string Action, bool DryRun,
    IReadOnlyList<string> Registries, IReadOnlyList<string> LinkedTo, IReadOnlyList<string> Lines)
{
    /// <summary>
    /// One line per secret of <paramref name="result"/>, with the outcome sentences of the secret and its links: what
    /// the CLI sends as events and what the MSBuild task turns into its output items and log, whichever ran the core.
    /// </summary>
    public static IReadOnlyList<SecretLine> From(CreateResult result, DryRunMode mode)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Secrets.Select(s => new SecretLine(s.Secret.Name, s.Secret.Namespace, s.Secret.Type, s.Action.ToString(), s.DryRun,
                result.Registries, s.Links.Select(l => l.ServiceAccount).ToList(),
                s.Links.Select(l => OutcomeText.Link(l, mode)).Prepend(OutcomeText.Secret(s, result.Registries, mode)).ToList()))
            .ToList();
    }
}
