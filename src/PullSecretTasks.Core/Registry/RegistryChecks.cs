using PullSecretTasks.Docker;
using PullSecretTasks.Logging;

namespace PullSecretTasks.Registry;

/// <summary>
/// Verification and delegated-auth discovery for the credentials of one secret, before the cluster is touched: a
/// credential a registry refuses fails the run with nothing written, instead of surfacing hours later as
/// ImagePullBackOff. Registries are checked at once, failures reported in the secret's order.
/// </summary>
internal static class RegistryChecks
{
    /// <summary>Checks every credential; returns the entries to add for delegated token hosts.</summary>
    public static async Task<IReadOnlyList<RegistryCredential>> RunAsync(IReadOnlyList<RegistryCredential> credentials,
        RegistryCheckOptions options, Func<RegistryName, RegistryCredential?> ownEntry, ILog log, RunDeadline deadline, CancellationToken ct)
    {
        using var http = new RegistryHttp(deadline);
        var logs = credentials.Select(_ => new DeferredLog()).ToList();
        var checks = credentials.Select((c, i) => Task.Run(() => new RegistryCheck(c, options, http, logs[i]).RunAsync(ct), ct)).ToList();
        try
        {
            await Task.WhenAll(checks).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Every check has ended (WhenAll waits for all): the failures are reported below, the first in the secret's order.
        }
        for (var i = 0; i < checks.Count; i++)
        {
            logs[i].ReplayTo(log);
            if (checks[i].Exception?.InnerException is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }
        }
        ct.ThrowIfCancellationRequested();
        return options.DelegatedAuth ? Delegated(credentials, checks.Select(t => t.Result).ToList(), ownEntry, log) : [];
    }

    private static List<RegistryCredential> Delegated(IReadOnlyList<RegistryCredential> credentials, List<RegistryName?> realms,
        Func<RegistryName, RegistryCredential?> ownEntry, ILog log)
    {
        var keys = credentials.Select(c => c.Registry.SecretKey).ToHashSet(StringComparer.Ordinal);
        var added = new List<RegistryCredential>();
        for (var i = 0; i < credentials.Count; i++)
        {
            if (realms[i] is not { } realm || !keys.Add(realm.SecretKey))
            {
                continue;
            }
            var from = credentials[i];
            var own = ownEntry(realm);
            var entry = own ?? new RegistryCredential(realm, from.Username, from.Password, from.Email,
                new CredentialSource(CredentialKind.Delegated, null, from.Registry.Name, null));
            added.Add(entry);
            log.Info(own is null
                ? $"Registry {from.Registry.Name} sends token requests to {realm.Name}: the secret holds {realm.Name} too, with the credential of {from.Registry.Name}."
                : $"Registry {from.Registry.Name} sends token requests to {realm.Name}: the secret holds {realm.Name} too, from {own.Source}.");
        }
        return added;
    }
}
