namespace PullSecretTasks.Docker;

/// <summary>
/// Turns an auths entry into a credential the kubelet can use (kubernetes/kubernetes pkg/credentialprovider/config.go DockerConfigEntry.UnmarshalJSON):
/// a non-empty <c>auth</c> wins over plaintext username/password; an entry holding only an identity or
/// registry token is refused, since the kubelet drops both (except ACR's refresh token, a static credential there);
/// an empty entry <c>{}</c> is "not here".
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
            return CloudRegistry.Of(registry) == CloudKind.Azure && !string.IsNullOrEmpty(entry.IdentityToken)
                ? (AzureRefreshToken(registry, entry.IdentityToken, entry.Email, source), null)
                : (null, TokenOnly(registry, source.ToString()));
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

    /// <summary>
    /// What <c>az acr login</c> leaves (an identity token, the refresh token, beside user 0000...) becomes that user
    /// with the token as password, the static credential ACR documents for docker login (Azure/acr docs/AAD-OAuth.md).
    /// </summary>
    public static RegistryCredential AzureRefreshToken(RegistryName registry, string token, string? email, CredentialSource source) =>
        new(registry, CloudRegistry.AzureTokenUser, token, email, source);

    public static PullSecretException TokenOnly(RegistryName registry, string source) =>
        new(ErrorCodes.TokenOnly, CloudRegistry.Of(registry) == CloudKind.Ibm
            ? $"{source} holds only an identity token for {registry.Name}; the kubelet cannot pull with a token. Log in with an IBM Cloud API key instead: docker login {registry.Name} -u iamapikey --password-stdin."
            : $"{source} holds only an identity or registry token for {registry.Name}; the kubelet cannot pull with a token. Log in with a user name and password or access token (e.g. docker login {registry.Name} -u USER --password-stdin).");

    public static PullSecretException EmptyUser(RegistryName registry, string source) =>
        new(ErrorCodes.EmptyUserName,
            $"{source} has an empty user name for {registry.Name}, which docker and containerd reject. Log in to {registry.Name} again with a user name.");
}
