namespace PullSecretTasks.Docker;

/// <summary>
/// Turns an auths entry into a credential the kubelet can use (kubernetes/kubernetes pkg/credentialprovider/config.go DockerConfigEntry.UnmarshalJSON):
/// a non-empty <c>auth</c> wins over plaintext username/password; an entry holding only an identity or
/// registry token is refused, since the kubelet drops both; an empty entry <c>{}</c> is "not here".
/// </summary>
internal static class EntryDecoder
{
    public static (RegistryCredential?, PullSecretException?) Decode(AuthFile file, AuthEntry entry, RegistryName registry)
    {
        var source = new CredentialSource(CredentialKind.Auths, file.Path, entry.Key, null);
        string user, password;
        if (!string.IsNullOrWhiteSpace(entry.Auth))
        {
            if (!AuthDecoder.TryDecode(entry.Auth, out user, out password))
            {
                return (null, new PullSecretException(ErrorCodes.AuthValueInvalid,
                    $"The \"auth\" value for \"{entry.Key}\" in {file.Path} is not base64 of user:password. Log in to {registry.Name} again."));
            }
        }
        else
        {
            user = entry.Username ?? "";
            password = entry.Password ?? "";
        }
        var hasToken = !string.IsNullOrEmpty(entry.IdentityToken) || !string.IsNullOrEmpty(entry.RegistryToken);
        if (hasToken && password.Length == 0)
        {
            return (null, TokenOnly(registry, source.ToString()));
        }
        if (user.Length == 0 && password.Length == 0)
        {
            return (null, null);
        }
        if (user.Length == 0)
        {
            return (null, EmptyUser(registry, source.ToString()));
        }
        return (new RegistryCredential(registry, user, password, entry.Email, source), null);
    }

    public static PullSecretException TokenOnly(RegistryName registry, string source) =>
        new(ErrorCodes.TokenOnly,
            $"{source} holds only an identity or registry token for {registry.Name}; the kubelet cannot pull with a token. Log in with a user name and password or access token (e.g. docker login {registry.Name} -u USER --password-stdin).");

    public static PullSecretException EmptyUser(RegistryName registry, string source) =>
        new(ErrorCodes.EmptyUserName,
            $"{source} has an empty user name for {registry.Name}, which docker and containerd reject. Log in to {registry.Name} again with a user name.");
}
