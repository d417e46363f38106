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
        // Only these can rank: the exact key, the canonical key, and keys of the same host (Rank); the index finds
        // them without a pass over every entry.
        var index = file.Index;
        AuthEntry? best = null;
        var bestRank = int.MaxValue;
        foreach (var entry in new[] { index.ByKey(requested), index.ByKey(registry.SecretKey) }.OfType<AuthEntry>().Concat(index.ByHost(registry.Host)))
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

    /// <summary>The credHelpers entry that applies to the registry's host, if any (helpers see hosts only): a key
    /// written as the registry or its host first, then any key of the same host; ties in ordinal key order.</summary>
    public static string? FindHelper(AuthFile file, RegistryName registry)
    {
        var index = file.Index;
        return FirstOrdinal(index, registry.SecretKey, registry.Host) ?? index.HelperByHost(registry.Host);
    }

    private static string? FirstOrdinal(AuthFileIndex index, string a, string b)
    {
        var (first, second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        return index.HelperByKey(first) ?? index.HelperByKey(second);
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
