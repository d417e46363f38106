namespace PullSecretTasks.Docker;

/// <summary>How a file lays out its entries.</summary>
internal enum AuthFileFormat
{
    /// <summary>docker config.json or podman/skopeo auth.json: <c>{"auths":{…},"credsStore","credHelpers"}</c>.</summary>
    Modern,

    /// <summary>The legacy flat <c>~/.dockercfg</c> map (kubernetes/kubernetes pkg/credentialprovider/config.go ReadDockercfgFile).</summary>
    Legacy,
}

/// <summary>One <c>auths</c> entry as written; values are credential material and are never logged.</summary>
internal sealed record AuthEntry(
    string Key,
    string? Auth,
    string? Username,
    string? Password,
    string? IdentityToken,
    string? RegistryToken,
    string? Email);

/// <summary>A parsed auth file: only the keys that matter for credentials (docker/cli cli/config/configfile/file.go ConfigFile; containers/image pkg/docker/config/config.go dockerConfigFile).</summary>
internal sealed class AuthFile
{
    public required string Path { get; init; }

    public required AuthFileFormat Format { get; init; }

    public IReadOnlyList<AuthEntry> Auths { get; init; } = [];

    public string? CredsStore { get; init; }

    /// <summary>credHelpers keys as written, mapped to the helper suffix.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> CredHelpers { get; init; } = [];

    /// <summary>The entries by key and by host, built on first use.</summary>
    public AuthFileIndex Index => index ??= new AuthFileIndex(this);

    private AuthFileIndex? index;
}
