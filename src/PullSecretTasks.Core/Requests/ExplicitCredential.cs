namespace PullSecretTasks.Requests;

/// <summary>A credential typed by the user, like kubectl's --docker-server/--docker-username; never the password itself.</summary>
/// <param name="Server">Registry host.</param>
/// <param name="Username">User name.</param>
/// <param name="Password">Where to read the password.</param>
/// <param name="Email">Optional e-mail, written as kubectl writes it.</param>
public sealed record ExplicitCredential(string Server, string Username, PasswordSource Password, string? Email = null);
