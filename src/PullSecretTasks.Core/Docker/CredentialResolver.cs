using PullSecretTasks.Logging;
using PullSecretTasks.Options;

namespace PullSecretTasks.Docker;

/// <summary>
/// Finds registry credentials where docker, podman and skopeo login left them. Across files the first file
/// that holds the registry wins (containers/image); within a file credHelpers[host] beats credsStore beats
/// auths (docker GetCredentialsStore), and a helper that has nothing means "not in this file": inline
/// credentials next to a helper are ignored, as docker ignores them (docker/cli cli/config/configfile/file.go GetCredentialsStore).
/// </summary>
internal sealed partial class CredentialResolver
{
    private readonly string? explicitPath;
    private readonly RunnerEnvironment environment;
    private readonly ILog log;
    private readonly ICredentialHelper helper;
    private readonly RegistryName? sdkPushRegistry;
    private readonly Dictionary<string, AuthFile?> files = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Helper, string Server), Func<HelperAnswer>> helperAnswers = [];
    private readonly Dictionary<string, string> helperMisses = new(StringComparer.Ordinal);
    private IReadOnlyList<AuthFileCandidate>? candidates;
    private OrderedSet? withCredentials;

    /// <summary>Creates a resolver; nothing is read until asked.</summary>
    /// <param name="explicitPath">The auth file or folder named by the user; null for the search order.</param>
    /// <param name="environment">The variables that locate the files and feed the helpers.</param>
    /// <param name="log">Where verbose lines and warnings go.</param>
    /// <param name="helper">Runs credential helpers.</param>
    /// <param name="sdkPushRegistry">The registry the .NET SDK pushes to (MSBuild, Cake), whose credential may come
    /// from the SDK's variables (<see cref="SdkPushCredentials"/>); null for none.</param>
    public CredentialResolver(string? explicitPath, RunnerEnvironment environment, ILog log, ICredentialHelper helper, string? sdkPushRegistry = null)
    {
        this.explicitPath = explicitPath;
        this.environment = environment;
        this.log = log;
        this.helper = helper;
        this.sdkPushRegistry = string.IsNullOrWhiteSpace(sdkPushRegistry) ? null : RegistryName.Require(sdkPushRegistry.Trim(), Setting.Registries);
    }

    /// <summary>Resolves each registry, in order, without duplicates; the first failure throws.</summary>
    public IReadOnlyList<RegistryCredential> Resolve(IEnumerable<string> registries, CancellationToken cancellationToken)
    {
        var result = new List<RegistryCredential>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in registries)
        {
            var name = Parse(text);
            if (!seen.Add(name.SecretKey))
            {
                continue;
            }
            var (credential, error) = Lookup(name, text, cancellationToken);
            result.Add(credential ?? throw error ?? NotFound(name));
        }
        return result;
    }

    internal static RegistryName Parse(string text) => RegistryName.Require(text, Setting.Registries);

    internal (RegistryCredential? Credential, PullSecretException? Error) Lookup(RegistryName registry, string requested, CancellationToken ct)
    {
        if (FromSdk(registry) is { } sdk)
        {
            return (sdk, null);
        }
        foreach (var file in LoadedFiles())
        {
            var (credential, error) = LookupInFile(file, registry, requested, ct);
            if (credential is not null || error is not null)
            {
                return (credential, error);
            }
        }
        return (null, null);
    }

    private RegistryCredential? FromSdk(RegistryName registry) =>
        sdkPushRegistry is { } push && push.SecretKey == registry.SecretKey ? SdkPushCredentials.Read(registry, environment) : null;

    private (RegistryCredential?, PullSecretException?) LookupInFile(AuthFile file, RegistryName registry, string requested, CancellationToken ct)
    {
        if (file.Format == AuthFileFormat.Modern)
        {
            var fromHelpers = EntryMatcher.FindHelper(file, registry);
            if ((fromHelpers ?? file.CredsStore) is { } name)
            {
                var kind = fromHelpers is null ? CredentialKind.CredsStore : CredentialKind.CredHelper;
                return FromHelper(file, registry, name, kind, ct);
            }
        }
        var entry = EntryMatcher.Find(file, registry, requested);
        return entry is null ? (null, null) : EntryDecoder.Decode(file, entry, registry);
    }

    private (RegistryCredential?, PullSecretException?) FromHelper(AuthFile file, RegistryName registry, string name, CredentialKind kind, CancellationToken ct)
    {
        // Helpers are asked for the host only (namespaced keys never reach them), Hub as its v1 URL (docker/cli cli/command/registry.go).
        var server = registry.IsDockerHub ? RegistryName.DockerHubKey : registry.Host;
        HelperAnswer answer;
        try
        {
            answer = Ask(name, server, ct);
        }
        catch (PullSecretException ex)
        {
            return (null, ex);
        }
        var source = new CredentialSource(kind, file.Path, kind == CredentialKind.CredHelper ? registry.Host : null, name);
        switch (answer.Kind)
        {
            case HelperAnswerKind.Credentials when answer.Username.Length == 0:
                return (null, EntryDecoder.EmptyUser(registry, source.ToString()));
            case HelperAnswerKind.Credentials:
                var email = EntryMatcher.Find(file, registry, registry.Name)?.Email;
                return (new RegistryCredential(registry, answer.Username, answer.Secret, email, source), null);
            case HelperAnswerKind.IdentityToken when CloudRegistry.Of(registry) == CloudKind.Azure:
                return (EntryDecoder.AzureRefreshToken(registry, answer.Secret, EntryMatcher.Find(file, registry, registry.Name)?.Email, source), null);
            case HelperAnswerKind.IdentityToken:
                return (null, EntryDecoder.TokenOnly(registry, source.ToString()));
            default:
                log.Verbose($"{source}: no credentials for {registry.SecretKey}.");
                helperMisses.TryAdd(registry.SecretKey, source.ToString());
                return (null, null);
        }
    }

    /// <summary>Asks a helper once per server per run; failures are remembered too.</summary>
    private HelperAnswer Ask(string name, string server, CancellationToken ct)
    {
        if (!helperAnswers.TryGetValue((name, server), out var cached))
        {
            try
            {
                var answer = helper.Get(name, server, ct);
                cached = () => answer;
            }
            catch (PullSecretException ex)
            {
                cached = () => throw ex;
            }
            helperAnswers[(name, server)] = cached;
        }
        return cached();
    }
}
