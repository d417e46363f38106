using System.Net;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Registry;

/// <summary>
/// Where to reach a registry's API. Docker Hub answers at registry-1.docker.io, not at the names its logins use
/// (docker/cli cli/registry config.go DefaultV2Registry). Loopback names and the ones the user lists as insecure
/// are tried over HTTPS without certificate checks and then over plain HTTP, as docker does for insecure registries
/// (moby/moby registry/config.go isSecureIndex: 127.0.0.0/8 and ::1 are insecure by default); every other registry
/// is reached over verified HTTPS only.
/// </summary>
internal sealed record RegistryEndpoint(string Host, bool Insecure)
{
    /// <summary>The variable the .NET SDK reads for insecure registries (semicolon-separated host[:port] names).</summary>
    public const string SdkInsecureVariable = "DOTNET_CONTAINER_INSECURE_REGISTRIES";

    /// <summary>The base URLs to try, in order.</summary>
    public IReadOnlyList<Uri> Bases => Insecure ? [new($"https://{Host}"), new($"http://{Host}")] : [new($"https://{Host}")];

    /// <summary>The endpoint of <paramref name="registry"/>.</summary>
    public static RegistryEndpoint For(RegistryName registry, IReadOnlyCollection<string> insecure)
    {
        var host = registry.IsDockerHub ? "registry-1.docker.io" : registry.Host;
        return new RegistryEndpoint(host, IsInsecure(host, insecure));
    }

    /// <summary>The insecure names from the request and from the SDK's variable, normalised.</summary>
    public static HashSet<string> InsecureNames(IEnumerable<string> requested, RunnerEnvironment environment)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var fromSdk = (environment.Get(SdkInsecureVariable) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var text in requested.Concat(fromSdk))
        {
            if (RegistryName.TryParse(text) is { } name)
            {
                names.Add(name.Host);
            }
        }
        return names;
    }

    /// <summary>Whether credentials may go to <paramref name="hostAndPort"/> in the clear or to an unverified certificate.</summary>
    public static bool IsInsecure(string hostAndPort, IReadOnlyCollection<string> insecure)
    {
        var host = RegistryName.WithoutPort(hostAndPort);
        return insecure.Contains(hostAndPort) || insecure.Contains(host)
            || host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
