using PullSecretTasks.Requests;

namespace PullSecretTasks.MSBuild;

/// <summary>Parses the text parameters shared by the tasks; bad values are PSEC0007, as everywhere else.</summary>
internal static class TaskInputs
{
    private static readonly char[] Separators = [';', ','];

    /// <summary>Non-empty, trimmed, distinct entries.</summary>
    public static IReadOnlyList<string> List(string[]? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary><c>pull</c>, <c>mount</c> or both (';' or ',' separated, any case); empty means the core's default.</summary>
    public static LinkFor For(string? text)
    {
        var result = LinkFor.None;
        foreach (var part in (text ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            result |= part.ToLowerInvariant() switch
            {
                "pull" => LinkFor.Pull,
                "mount" => LinkFor.Mount,
                _ => throw new PullSecretException(ErrorCodes.InvalidOption, $"For=\"{text}\" is not one of pull, mount, pull;mount."),
            };
        }
        return result;
    }

    /// <summary><c>false</c> (or empty, <c>none</c>), <c>client</c> (or <c>true</c>, as old kubectl) or <c>server</c>.</summary>
    public static DryRunMode DryRun(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "false" or "none" => DryRunMode.None,
        "client" or "true" => DryRunMode.Client,
        "server" => DryRunMode.Server,
        _ => throw new PullSecretException(ErrorCodes.InvalidOption, $"PullSecretDryRun=\"{text}\" is not one of false, client, server."),
    };
}
