using PullSecretTasks.Logging;
using PullSecretTasks.Options;
using PullSecretTasks.Results;

namespace PullSecretTasks.Docker;

internal sealed partial class CredentialResolver
{
    /// <summary>
    /// Every usable registry (all registries). Entries the kubelet cannot use, or whose helper fails, are
    /// skipped with a PSEC1102 warning, as docker's GetAllCredentials warns and goes on (docker/cli cli/config/configfile/file.go GetAllCredentials).
    /// </summary>
    public IReadOnlyList<RegistryCredential> ResolveAll(CancellationToken cancellationToken)
    {
        var result = new List<RegistryCredential>();
        foreach (var (name, key, _) in AllNames(cancellationToken))
        {
            var (credential, error) = Lookup(name, key, cancellationToken);
            if (credential is not null)
            {
                result.Add(credential);
            }
            else if (error is not null)
            {
                log.Warn(ErrorCodes.EntrySkipped, $"Skipping {name.Name}: {error.Code}: {error.Message}");
            }
            else
            {
                log.Verbose($"Skipping {name.Name}: no credentials stored (empty entry).");
            }
        }
        if (result.Count == 0)
        {
            var searched = Searched();
            var where = SearchedText();
            throw searched.Any(s => s.Exists)
                ? new PullSecretException(ErrorCodes.NoUsableRegistries,
                    $"No usable registry credentials found (searched {where}). Run `docker login REGISTRY`, or list what the login output holds.", Setting.Inspect)
                : NoLogin(where);
        }
        return result;
    }

    /// <summary>One report per registry: those asked for, or every one found.</summary>
    public IReadOnlyList<RegistryReport> Inspect(IReadOnlyList<string> registries, CancellationToken cancellationToken)
    {
        var names = registries.Count > 0
            ? registries.Select(r => (Name: Parse(r), Key: r)).ToList()
            : AllNames(cancellationToken).Select(n => (n.Name, n.Key)).ToList();
        if (names.Count == 0 && !Searched().Any(s => s.Exists))
        {
            throw NoLogin(SearchedText());
        }
        var reports = new List<RegistryReport>();
        foreach (var (name, key) in names.DistinctBy(n => n.Name.SecretKey))
        {
            var (credential, error) = Lookup(name, key, cancellationToken);
            error ??= credential is null ? NotFound(name) : null;
            reports.Add(new RegistryReport(
                credential?.Source.Key ?? key,
                name.SecretKey,
                credential?.Source.ToString() ?? "-",
                credential?.Username,
                error?.Code,
                error?.Message));
        }
        return reports;
    }

    private List<(RegistryName Name, string Key, AuthFile? File)> AllNames(CancellationToken ct)
    {
        var names = NamedRegistries().Select(n => (n.Name, n.Key, (AuthFile?)n.File)).ToList();
        foreach (var file in LoadedFiles().Where(f => f.Format == AuthFileFormat.Modern && f.CredsStore is not null))
        {
            IReadOnlyDictionary<string, string> listed;
            try
            {
                listed = helper.List(file.CredsStore!, ct);
            }
            catch (PullSecretException ex)
            {
                log.Warn(ErrorCodes.EntrySkipped, $"Cannot list the registries in credsStore {file.CredsStore} of {file.Path}: {ex.Code}: {ex.Message}");
                continue;
            }
            foreach (var key in listed.Keys.Order(StringComparer.Ordinal))
            {
                if (RegistryName.FromAuthKey(key, legacy: false) is { } name && !names.Any(n => n.Name.SecretKey == name.SecretKey))
                {
                    names.Add((name, key, file));
                }
            }
        }
        return names;
    }
}
