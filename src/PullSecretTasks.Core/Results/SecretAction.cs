namespace PullSecretTasks.Results;

/// <summary>What happened to a secret in one namespace (kubectl's words: created, configured, unchanged).</summary>
public enum SecretAction
{
    /// <summary>It did not exist and was created.</summary>
    Created,

    /// <summary>It was ours and different, and was updated in place (credential rotation).</summary>
    Configured,

    /// <summary>It was ours and equal; nothing was written.</summary>
    Unchanged,

    /// <summary>It had another type or was immutable, and was deleted and recreated (overwrite).</summary>
    Replaced,
}
