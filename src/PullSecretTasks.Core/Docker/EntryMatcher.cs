namespace PullSecretTasks.Docker;

/// <summary>
/// Picks the auths entry for a registry, deterministically (docs/credentials.md, "Choosing an entry"):
/// the key exactly as requested; then the canonical key; then, for a namespaced request, the longest
/// scheme-less path prefix (containers/image authKeyLookupOrder); then any key that normalises to the same
/// host: https:// keys, then http:// keys, then the rest, ties in ordinal order.
/// </summary>
internal static class EntryMatcher
{
    public static AuthEntry? Find(AuthFile file, RegistryName registry, string requested)
    {
        AuthEntry? best = null;
        var bestRank = int.MaxValue;
        foreach (var entry in file.Auths)
        {
            var rank = Rank(entry.Key, file.Format == AuthFileFormat.Legacy, registry, requested);
            if (rank < bestRank || (rank == bestRank && best is not null && string.CompareOrdinal(entry.Key, best.Key) < 0))
            {
                best = entry;
                bestRank = rank;
            }
        }
        return bestRank == int.MaxValue ? null : best;
    }

    /// <summary>The credHelpers entry that applies to the registry's host, if any (helpers see hosts only).</summary>
    public static string? FindHelper(AuthFile file, RegistryName registry)
    {
        foreach (var (key, helper) in file.CredHelpers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key == registry.SecretKey || key == registry.Host)
            {
                return helper;
            }
        }
        foreach (var (key, helper) in file.CredHelpers.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (RegistryName.FromAuthKey(key, legacy: true) is { } name && name.Host == registry.Host)
            {
                return helper;
            }
        }
        return null;
    }

    private static int Rank(string key, bool legacy, RegistryName registry, string requested)
    {
        if (key == requested)
        {
            return 0;
        }
        if (key == registry.SecretKey)
        {
            return 1;
        }
        if (RegistryName.FromAuthKey(key, legacy) is not { } name || name.Host != registry.Host)
        {
            return int.MaxValue;
        }
        if (name.Path.Length > 0)
        {
            // A namespaced key matches only requests inside that namespace, by whole path segments.
            var inside = registry.Path == name.Path || registry.Path.StartsWith(name.Path + "/", StringComparison.Ordinal);
            return inside ? 100 - name.Path.Count(c => c == '/') : int.MaxValue;
        }
        var scheme = key.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 0
            : key.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        return 200 + scheme;
    }
}
