namespace PullSecretTasks;

/// <summary>
/// An expected failure with a PSEC code and a message that names the file, registry, namespace or account
/// involved and says what to do next. Messages never contain credentials.
/// </summary>
public sealed class PullSecretException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PullSecretException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        HelpLink = HelpLinks.For(code);
    }

    /// <summary>The PSEC#### code.</summary>
    public string Code { get; }
}
