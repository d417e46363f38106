namespace PullSecretTasks.TestInfra.Repo;

/// <summary>
/// Approval files: the approved text lives in the repository next to its test; a difference writes
/// <c>NAME.received.txt</c> beside it (ignored by git) and fails, so accepting a change is a file rename.
/// </summary>
public static class ApprovedText
{
    /// <summary>Returns null when <paramref name="actual"/> equals the approved file, else a failure message.</summary>
    /// <param name="relativePath">The approved file, relative to the repository root, e.g. tests/X/PublicApi/X.approved.txt.</param>
    /// <param name="actual">The text produced now.</param>
    public static string? Compare(string relativePath, string actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var approved = System.IO.Path.Combine(RepositoryRoot.Path, relativePath);
        var received = approved.Replace(".approved.", ".received.", StringComparison.Ordinal);
        var normalized = actual.ReplaceLineEndings("\n");
        if (File.Exists(approved) && File.ReadAllText(approved).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(received);
            return null;
        }
        File.WriteAllText(received, normalized);
        return $"The public API differs from {relativePath}. Review {System.IO.Path.GetFileName(received)} and, if the change is intended, rename it over the approved file.";
    }
}
