namespace PullSecretTasks.Results;

/// <summary>What happened to a service account.</summary>
public enum LinkAction
{
    /// <summary>Names were added.</summary>
    Linked,

    /// <summary>Names were removed.</summary>
    Unlinked,

    /// <summary>Nothing needed to change; nothing was written.</summary>
    Unchanged,
}
