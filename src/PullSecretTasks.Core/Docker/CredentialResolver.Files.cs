using PullSecretTasks.Files;
using PullSecretTasks.Options;

namespace PullSecretTasks.Docker;

internal sealed partial class CredentialResolver
{
    /// <summary>The files searched, in order, with whether each exists.</summary>
    internal IReadOnlyList<(AuthFileCandidate Candidate, bool Exists)> Searched() =>
        Candidates().Select(c => (c, Load(c) is not null)).ToList();

    /// <summary>"path, path (missing), ...": where the search looked, for messages.</summary>
    internal string SearchedText() =>
        string.Join(", ", Searched().Select(s => s.Exists ? s.Candidate.Path : s.Candidate.Path + " (missing)"));

    private IReadOnlyList<AuthFileCandidate> Candidates() =>
        candidates ??= AuthFileLocator.Locate(explicitPath, environment, log);

    private IEnumerable<AuthFile> LoadedFiles()
    {
        foreach (var candidate in Candidates())
        {
            if (Load(candidate) is { } file)
            {
                yield return file;
            }
        }
    }

    private AuthFile? Load(AuthFileCandidate candidate)
    {
        if (files.TryGetValue(candidate.Path, out var cached))
        {
            return cached;
        }
        AuthFile? file = null;
        // Checked before opening: a FIFO or a device named as the auth file would block or never end (issue 13).
        if (FileStatus.Of(candidate.Path).Kind != FileKind.Missing)
        {
            var (bytes, problem) = BoundedFile.Read(candidate.Path);
            if (bytes is null)
            {
                throw new PullSecretException(ErrorCodes.AuthFileInvalid,
                    $"The auth file {candidate.Path} {problem}. Name the config.json or auth.json that docker, podman or skopeo login wrote.",
                    Setting.DockerConfig);
            }
            log.Verbose($"Reading {candidate.Path} ({candidate.Origin}).");
            file = AuthFileParser.Parse(candidate.Path, bytes, candidate.Format, log);
        }
        else
        {
            log.Verbose($"No {candidate.Path} ({candidate.Origin}).");
        }
        files[candidate.Path] = file;
        return file;
    }

    /// <summary>Every registry named in the files (auths and credHelpers keys), first file first; no helper runs.</summary>
    internal IReadOnlyList<(RegistryName Name, string Key, AuthFile File)> NamedRegistries()
    {
        var result = new List<(RegistryName, string, AuthFile)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in LoadedFiles())
        {
            var keys = file.Auths.Select(a => a.Key).Concat(file.CredHelpers.Select(h => h.Key));
            foreach (var key in keys)
            {
                if (RegistryName.FromAuthKey(key, file.Format == AuthFileFormat.Legacy) is { } name
                    && seen.Add(name.SecretKey))
                {
                    result.Add((name, key, file));
                }
            }
        }
        return result;
    }

    private PullSecretException NotFound(RegistryName registry)
    {
        var searched = Searched();
        var where = SearchedText();
        if (!searched.Any(s => s.Exists))
        {
            return NoLogin(where);
        }
        if (helperMisses.TryGetValue(registry.SecretKey, out var helperSource))
        {
            // The file sends this registry to a helper, and the helper has nothing: say so rather than "not found".
            return new PullSecretException(ErrorCodes.HelperNotFound,
                $"The credential helper of {helperSource} has no credentials for {registry.Name}. Run `docker login {registry.Name}` again so the helper stores them.");
        }
        var all = RegistriesWithCredentials();
        var others = all.Count - (all.Contains(registry.Name) ? 1 : 0);
        var known = all.Where(n => n != registry.Name).Take(MaxListed).ToList();
        var list = known.Count == 0 ? "none"
            : string.Join(", ", known) + (others > known.Count ? $" and {others - known.Count} more" : "");
        return new PullSecretException(ErrorCodes.RegistryNotFound,
            $"No credentials for {registry.Name} (searched {where}). Registries with credentials: {list}. Run `docker login {registry.Name}` (or podman login), or name one of those.{SdkHint(registry)}");
    }

    // What the not-found message offers instead, computed once per run (inspect asks for every unusable registry).
    // Empty entries ({} or "auth":"") are helper markers, not credentials, and the registry just asked for is not an
    // alternative to itself: listing either made the message contradict itself ("No credentials for X ... Registries
    // with credentials: X").
    private const int MaxListed = 20;

    private OrderedSet RegistriesWithCredentials()
    {
        if (withCredentials is not null)
        {
            return withCredentials;
        }
        var result = new OrderedSet();
        foreach (var file in LoadedFiles())
        {
            var helpers = file.Format == AuthFileFormat.Modern;
            var keys = file.Auths
                .Where(a => (helpers && file.CredsStore is not null)
                    || new[] { a.Auth, a.Username, a.Password, a.IdentityToken, a.RegistryToken }.Any(v => !string.IsNullOrEmpty(v)))
                .Select(a => a.Key)
                .Concat(helpers ? file.CredHelpers.Select(h => h.Key) : []);
            foreach (var key in keys)
            {
                if (RegistryName.FromAuthKey(key, !helpers) is { } name)
                {
                    result.Add(name.Name);
                }
            }
        }
        return withCredentials = result;
    }

    /// <summary>Names in first-seen order, with a constant-time membership test.</summary>
    private sealed class OrderedSet : IEnumerable<string>
    {
        private readonly List<string> order = [];
        private readonly HashSet<string> members = new(StringComparer.Ordinal);

        public int Count => order.Count;

        public void Add(string name)
        {
            if (members.Add(name))
            {
                order.Add(name);
            }
        }

        public bool Contains(string name) => members.Contains(name);

        public IEnumerator<string> GetEnumerator() => order.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private PullSecretException NoLogin(string where) =>
        new(ErrorCodes.NoLogin,
            $"No docker, podman or skopeo login found (searched {where}). Run `docker login REGISTRY` (or `podman login REGISTRY`) first, or name the config.json to read.{SdkHint(sdkPushRegistry)}", Setting.DockerConfig);

    // Only where the SDK's variables can count: for the registry it pushes to, in a build.
    private string SdkHint(RegistryName? registry) =>
        sdkPushRegistry is { } push && registry?.SecretKey == push.SecretKey
            ? $" For {push.Name}, the registry the .NET SDK pushes to, its credential variables count too: set both of a pair ({SdkPushCredentials.Names})."
            : "";
}
