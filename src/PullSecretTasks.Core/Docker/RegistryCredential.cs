namespace PullSecretTasks.Docker;

/// <summary>Where a credential was found.</summary>
internal enum CredentialKind
{
    /// <summary>An <c>auths</c> entry in the file.</summary>
    Auths,

    /// <summary><c>credHelpers[host]</c> named a helper.</summary>
    CredHelper,

    /// <summary>The file's <c>credsStore</c> helper.</summary>
    CredsStore,

    /// <summary>Typed (server and user named) with the password from stdin or a variable.</summary>
    Explicit,

    /// <summary>The .NET SDK's push credential variables (<see cref="SdkPushCredentials"/>); Key names the pair.</summary>
    SdkEnvironment,

    /// <summary>A delegated token host's entry, with the credential of the registry in Key (<see cref="Registry.RegistryChecks"/>).</summary>
    Delegated,
}

/// <summary>Where a credential lives, without the credential.</summary>
/// <param name="Kind">auths, credHelpers, credsStore or explicit.</param>
/// <param name="File">The auth file, when there is one.</param>
/// <param name="Key">The key as written in the file (or the credHelpers key).</param>
/// <param name="Helper">The helper suffix for helper kinds.</param>
internal sealed record CredentialSource(CredentialKind Kind, string? File, string? Key, string? Helper)
{
    /// <summary>"FILE (auths)", "FILE (credHelpers:pass)", "FILE (credsStore:pass)" or "typed credential".</summary>
    public override string ToString() => Kind switch
    {
        CredentialKind.Auths => $"{File} (auths)",
        CredentialKind.CredHelper => $"{File} (credHelpers:{Helper})",
        CredentialKind.CredsStore => $"{File} (credsStore:{Helper})",
        CredentialKind.SdkEnvironment => $"the .NET SDK's {Key}",
        CredentialKind.Delegated => $"the credential of {Key} (delegated auth)",
        _ => "typed credential",
    };
}

/// <summary>
/// A usable registry credential. The password is internal to the core so no front end can print it;
/// <see cref="ToString"/> leaves it out.
/// </summary>
internal sealed class RegistryCredential
{
    internal RegistryCredential(RegistryName registry, string username, string password, string? email, CredentialSource source)
    {
        Registry = registry;
        Username = username;
        Password = password;
        Email = string.IsNullOrEmpty(email) ? null : email;
        Source = source;
    }

    /// <summary>The normalised registry.</summary>
    public RegistryName Registry { get; }

    /// <summary>The user name (not secret: docker and podman print it with --get-login).</summary>
    public string Username { get; }

    internal string Password { get; }

    /// <summary>The e-mail, when the source had one.</summary>
    public string? Email { get; }

    /// <summary>Where it was found.</summary>
    public CredentialSource Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Registry.SecretKey} user {Username} from {Source}";
}
