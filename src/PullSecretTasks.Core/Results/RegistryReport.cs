namespace PullSecretTasks.Results;

/// <summary>What <c>inspect</c> shows for one registry; never a password or token.</summary>
/// <param name="Key">The key as written in the file, or the name asked for.</param>
/// <param name="Registry">The normalised name (the key a secret would use).</param>
/// <param name="Source">Where the credential lives, e.g. "/home/u/.docker/config.json (credsStore:pass)".</param>
/// <param name="UserName">The user name, when one was found.</param>
/// <param name="ErrorCode">Null when usable; else the PSEC code that creating a secret would fail with.</param>
/// <param name="Problem">Why it is not usable, when it is not.</param>
public sealed record RegistryReport(string Key, string Registry, string Source, string? UserName, string? ErrorCode, string? Problem)
{
    /// <summary>Whether a secret can be built from it.</summary>
    public bool Usable => ErrorCode is null;
}
