namespace PullSecretTasks.Requests;

/// <summary>Where the password of an <see cref="ExplicitCredential"/> is read: never a value, only a place.</summary>
/// <param name="EnvironmentVariable">The variable's name, or null for standard input.</param>
public sealed record PasswordSource(string? EnvironmentVariable)
{
    /// <summary>Read the password from standard input (like docker login --password-stdin).</summary>
    public static PasswordSource StandardInput { get; } = new((string?)null);

    /// <summary>Read the password from the named environment variable.</summary>
    public static PasswordSource FromVariable(string name) => new(name);
}
