using PullSecretTasks.Options;

namespace PullSecretTasks.Docker;

/// <summary>
/// A registry as the user or an auth file names it, normalised the way docker, containers/image and the
/// kubelet agree on (docker/cli cli/config/credentials/file_store.go ConvertToHostname; containers/image pkg/docker/config/config.go normalizeAuthFileKey): scheme, a /v1 or /v2 path and a trailing slash dropped, host
/// lower-cased, port kept, Docker Hub's aliases folded into one.
/// </summary>
internal sealed record RegistryName
{
    /// <summary>The key docker login writes for Docker Hub, and the only Hub key every consumer matches (docker/cli cli/command/registry.go ElectAuthServer; kubernetes/kubernetes pkg/credentialprovider/keyring.go).</summary>
    public const string DockerHubKey = "https://index.docker.io/v1/";

    private static readonly string[] HubHosts = ["docker.io", "index.docker.io", "registry-1.docker.io"];

    private RegistryName(string host, string path, bool isDockerHub)
    {
        Host = host;
        Path = path;
        IsDockerHub = isDockerHub;
    }

    /// <summary>host[:port], lower case; <c>docker.io</c> for Docker Hub.</summary>
    public string Host { get; }

    /// <summary>The host without its port: <c>[::1]</c>, <c>registry.example.com</c>.</summary>
    public string HostWithoutPort => WithoutPort(Host);

    /// <summary>A podman-style namespace path (<c>org/repo</c>) or empty.</summary>
    public string Path { get; }

    /// <summary>Whether this is Docker Hub under any of its names.</summary>
    public bool IsDockerHub { get; }

    /// <summary>host[:port] plus the namespace path, if any: the normalised name shown to users.</summary>
    public string Name => Path.Length == 0 ? Host : $"{Host}/{Path}";

    /// <summary>
    /// The key to write into a secret and to ask credential helpers for: <see cref="DockerHubKey"/> for Hub
    /// (kubectl's default and docker's helper key), else <see cref="Name"/>.
    /// </summary>
    public string SecretKey => IsDockerHub && Path.Length == 0 ? DockerHubKey : Name;

    /// <summary>Parses a registry name; null when it cannot be one (empty, spaces, bad port).</summary>
    public static RegistryName? TryParse(string? text) => TryParse(text, dropPath: false);

    /// <summary>Parses a registry name the user gave; PSEC0008 naming <paramref name="setting"/> when it is not one.</summary>
    public static RegistryName Require(string text, Setting setting) => TryParse(text)
        ?? throw new PullSecretException(ErrorCodes.InvalidRegistry,
            $"\"{text}\" is not a registry name. Use host[:port], e.g. ghcr.io, registry.example.com:5000 or docker.io.", setting);

    /// <summary>
    /// Parses an auth-file key. A key with a scheme is cut at its first slash (docker ConvertToHostname,
    /// c/image normalizeAuthFileKey); a scheme-less key keeps its path as a podman namespace.
    /// Legacy .dockercfg keys always lose their path (containers/image pkg/docker/config/config.go, legacy format).
    /// </summary>
    public static RegistryName? FromAuthKey(string key, bool legacy) =>
        TryParse(key, dropPath: legacy);

    private static RegistryName? TryParse(string? text, bool dropPath)
    {
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s) || s.Any(char.IsWhiteSpace))
        {
            return null;
        }
        var hadScheme = false;
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (s.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                s = s[scheme.Length..];
                hadScheme = true;
                break;
            }
        }
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        var host = (slash < 0 ? s : s[..slash]).ToLowerInvariant();
        var path = slash < 0 ? "" : s[(slash + 1)..].Trim('/');
        if (hadScheme || dropPath || IsApiVersionPath(path))
        {
            path = "";
        }
        if (!IsValidHost(host))
        {
            return null;
        }
        var hub = HubHosts.Contains(host, StringComparer.Ordinal);
        return new RegistryName(hub ? "docker.io" : host, path, hub);
    }

    // "https://quay.io/v1/" and "registry:5000/v2" are API roots, not namespaces (kubelet keyring.go Add).
    private static bool IsApiVersionPath(string path) => path is "v1" or "v2";

    private static bool IsValidHost(string host)
    {
        if (host.Length == 0 || host.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }
        if (host.StartsWith('['))
        {
            // Bracketed IPv6, optionally with a port.
            var close = host.IndexOf(']', StringComparison.Ordinal);
            return close > 1 && (close == host.Length - 1 || IsPort(host[(close + 1)..]));
        }
        var colon = host.LastIndexOf(':');
        var name = colon < 0 ? host : host[..colon];
        if (colon >= 0 && !IsPort(host[colon..]))
        {
            return false;
        }
        return name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '*');
    }

    /// <summary>host[:port] without the port; a bracketed IPv6 address keeps its brackets.</summary>
    public static string WithoutPort(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        return colon < 0 || hostAndPort.EndsWith(']') || (!hostAndPort.StartsWith('[') && hostAndPort.IndexOf(':', StringComparison.Ordinal) != colon)
            ? hostAndPort
            : hostAndPort[..colon];
    }

    private static bool IsPort(string colonAndDigits) =>
        colonAndDigits.Length > 1 && colonAndDigits[0] == ':' && colonAndDigits[1..].All(char.IsAsciiDigit)
        && int.TryParse(colonAndDigits[1..], out var port) && port is > 0 and < 65536;

    /// <inheritdoc />
    public override string ToString() => Name;
}
