namespace PullSecretTasks.TestInfra.Secrets;

/// <summary>One <c>auths</c> entry of a pull secret.</summary>
/// <param name="Username">The user name.</param>
/// <param name="Password">The password.</param>
/// <param name="Auth">base64(user:password).</param>
public sealed record PrintedAuthEntry(string Username, string Password, string Auth);
