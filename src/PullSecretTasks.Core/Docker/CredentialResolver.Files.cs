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
        if (File.Exists(candidate.Path))
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(candidate.Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new PullSecretException(ErrorCodes.AuthFileInvalid,
                    $"The auth file {candidate.Path} cannot be read ({ex.GetType().Name}). Check its permissions.");
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
        foreach (var file in LoadedFiles())
        {
            var keys = file.Auths.Select(a => a.Key).Concat(file.CredHelpers.Select(h => h.Key));
            foreach (var key in keys)
            {
                if (RegistryName.FromAuthKey(key, file.Format == AuthFileFormat.Legacy) is { } name
                    && !result.Any(r => r.Item1.SecretKey == name.SecretKey))
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
        var known = RegistriesWithCredentials(registry);
        var list = known.Count == 0 ? "none" : string.Join(", ", known);
        return new PullSecretException(ErrorCodes.RegistryNotFound,
            $"No credentials for {registry.Name} (searched {where}). Registries with credentials: {list}. Run `docker login {registry.Name}` (or podman login), or name one of those.");
    }

    // What the not-found message offers instead. Empty entries ({} or "auth":"") are helper markers, not
    // credentials, and the registry just asked for is not an alternative to itself: listing either made the
    // message contradict itself ("No credentials for X ... Registries with credentials: X").
    private List<string> RegistriesWithCredentials(RegistryName except)
    {
        var result = new List<string>();
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
                if (RegistryName.FromAuthKey(key, !helpers) is { } name && name.SecretKey != except.SecretKey && !result.Contains(name.Name))
                {
                    result.Add(name.Name);
                }
            }
        }
        return result;
    }

    internal static PullSecretException NoLogin(string where) =>
        new(ErrorCodes.NoLogin,
            $"No docker, podman or skopeo login found (searched {where}). Run `docker login REGISTRY` (or `podman login REGISTRY`) first, or name the config.json to read.", Setting.DockerConfig);
}
