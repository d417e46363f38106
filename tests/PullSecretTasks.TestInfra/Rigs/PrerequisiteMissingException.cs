namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>A program an end-to-end test needs is not installed; the message names the package.</summary>
public sealed class PrerequisiteMissingException : Exception
{
    /// <summary>Creates the exception with a message that names what to install.</summary>
    public PrerequisiteMissingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an empty exception (for serializers and analyzers).</summary>
    public PrerequisiteMissingException()
    {
    }

    /// <summary>Creates the exception wrapping another one.</summary>
    public PrerequisiteMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
