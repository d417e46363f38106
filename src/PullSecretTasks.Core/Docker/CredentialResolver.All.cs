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

    /// <summary>
    /// One report per registry: those asked for, or every one found. With no login output at all (and no SDK
    /// credential) it throws PSEC1012 whether or not registries were named: there is nothing to report on, and
    /// every front end says so the same way. Otherwise a registry without credentials is a report with its code.
    /// </summary>
    public IReadOnlyList<RegistryReport> Inspect(IReadOnlyList<string> registries, CancellationToken cancellationToken)
    {
        var names = registries.Count > 0
            ? registries.Select(r => (Name: Parse(r), Key: r)).ToList()
            : AllNames(cancellationToken).Select(n => (n.Name, n.Key)).ToList();
        var reports = new List<RegistryReport>();
        var found = false;
        foreach (var (name, key) in names.DistinctBy(n => n.Name.SecretKey))
        {
            var (credential, error) = Lookup(name, key, cancellationToken);
            found |= credential is not null;
            error ??= credential is null ? NotFound(name) : null;
            reports.Add(new RegistryReport(
                credential?.Source.File is null ? key : credential.Source.Key ?? key,
                name.SecretKey,
                credential?.Source.ToString() ?? "-",
                credential?.Username,
                error?.Code,
                error?.Message));
        }
        if (!found && !Searched().Any(s => s.Exists))
        {
            throw NoLogin(SearchedText());
        }
        return reports;
    }

    private List<(RegistryName Name, string Key, AuthFile? File)> AllNames(CancellationToken ct)
    {
        var names = NamedRegistries().Select(n => (n.Name, n.Key, (AuthFile?)n.File)).ToList();
        var seen = names.Select(n => n.Name.SecretKey).ToHashSet(StringComparer.Ordinal);
        // The SDK pushes to its registry with its variables when they are set, login or not: so that one is usable too.
        if (sdkPushRegistry is { } push && SdkPushCredentials.Read(push, environment) is not null && seen.Add(push.SecretKey))
        {
            names.Insert(0, (push, push.Name, null));
        }
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
                if (RegistryName.FromAuthKey(key, legacy: false) is { } name && seen.Add(name.SecretKey))
                {
                    names.Add((name, key, file));
                }
            }
        }
        return names;
    }
}
