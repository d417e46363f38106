namespace PullSecretTasks.TestInfra.Repo;

/// <summary>
/// Every long option of the pullsecret command line. MSBuild and Cake users must never be told to pass one;
/// the Tool tests check this list against the real command tree, so it cannot drift.
/// </summary>
public static class CliFlags
{
    /// <summary>The flags, with their leading dashes.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "--all-registries", "--container-registry", "--context", "--delegated-auth", "--docker-email", "--docker-password-env", "--docker-password-stdin",
        "--docker-server", "--docker-username", "--dry-run", "--events", "--for", "--from-docker-config", "--image", "--insecure-registry",
        "--kubeconfig", "--link", "--namespace", "--output", "--overwrite", "--registry", "--timeout", "--type", "--verbose", "--verify",
    ];

    /// <summary>The flags found in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> In(string text) =>
        All.Where(f => System.Text.RegularExpressions.Regex.IsMatch(text, System.Text.RegularExpressions.Regex.Escape(f) + @"(?![\w-])")).ToList();

    /// <summary>Null when <paramref name="hint"/> is in another front end's words (no flag, no "--"), else why not.</summary>
    public static string? Problem(string hint) =>
        In(hint).Count > 0 || hint.Contains("--", StringComparison.Ordinal) ? $"\"{hint}\" names a command-line flag." : null;
}
