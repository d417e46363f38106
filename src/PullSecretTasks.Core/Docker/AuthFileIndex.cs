namespace PullSecretTasks.Docker;

/// <summary>
/// An auth file's entries looked up by exact key and by normalised host, built once per file: matching every
/// registry against every entry made <c>inspect</c> and <c>--all-registries</c> quadratic (20,000 registries took
/// over a minute). Keys that do not parse as registries are in <see cref="ByKey"/> only, as before: they can match
/// only a request spelt exactly like them.
/// </summary>
internal sealed class AuthFileIndex
{
    private readonly Dictionary<string, AuthEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AuthEntry>> byHost = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> helperByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> helperByHost = new(StringComparer.Ordinal);

    public AuthFileIndex(AuthFile file)
    {
        var legacy = file.Format == AuthFileFormat.Legacy;
        foreach (var entry in file.Auths)
        {
            byKey[entry.Key] = entry;
            if (RegistryName.FromAuthKey(entry.Key, legacy) is { } name)
            {
                (byHost.TryGetValue(name.Host, out var list) ? list : byHost[name.Host] = []).Add(entry);
            }
        }
        // Helpers in ordinal key order: the first key that names a host wins (EntryMatcher.FindHelper).
        foreach (var (key, helper) in file.CredHelpers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            helperByKey.TryAdd(key, helper);
            if (RegistryName.FromAuthKey(key, legacy: true) is { } name)
            {
                helperByHost.TryAdd(name.Host, helper);
            }
        }
    }

    /// <summary>The entry written under exactly <paramref name="key"/>.</summary>
    public AuthEntry? ByKey(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The entries whose keys normalise to <paramref name="host"/>, in file order.</summary>
    public IReadOnlyList<AuthEntry> ByHost(string host) => byHost.TryGetValue(host, out var list) ? list : [];

    /// <summary>The helper of the first (ordinal) credHelpers key written exactly as <paramref name="key"/>.</summary>
    public string? HelperByKey(string key) => helperByKey.GetValueOrDefault(key);

    /// <summary>The helper of the first (ordinal) credHelpers key that normalises to <paramref name="host"/>.</summary>
    public string? HelperByHost(string host) => helperByHost.GetValueOrDefault(host);
}
