using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// Strategic merge patch for Secret, ServiceAccount and Namespace, after
/// k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (mergeMap, mergeSlice, normalizeElementOrder, mergeSortedSlice).
/// List strategies come from the core/v1 struct tags (kubernetes/api core/v1/types.go patchStrategy/patchMergeKey tags): ServiceAccount.secrets merges by name,
/// imagePullSecrets has no tag and is therefore replaced whole.
/// </summary>
internal static class StrategicMergePatch
{
    private const string SetElementOrder = "$setElementOrder/";

    public static JsonObject Apply(JsonObject original, JsonObject patch) =>
        MergeMap((JsonObject)original.DeepClone(), patch, "") ?? new JsonObject();

    // patchMergeKey tags of the fields we serve; every other list is atomic.
    private static string? MergeKey(string path) => path switch
    {
        "secrets" => "name",
        "metadata.ownerReferences" => "uid",
        "metadata.finalizers" => "", // merge strategy on a list of strings
        _ => null,
    };

    private static JsonObject? MergeMap(JsonObject original, JsonObject patch, string path)
    {
        if (patch["$patch"] is JsonValue directive)
        {
            var kind = directive.GetValue<string>();
            if (kind == "delete")
            {
                return null;
            }

            if (kind != "replace")
            {
                throw KubeStatus.BadRequest($"Unknown patch type: {kind} in map: {patch.ToJsonString()}");
            }

            var replaced = (JsonObject)patch.DeepClone();
            replaced.Remove("$patch");
            return replaced;
        }

        foreach (var (key, patchValue) in patch)
        {
            if (key.StartsWith('$'))
            {
                continue;
            }

            var childPath = path.Length == 0 ? key : $"{path}.{key}";
            if (patchValue is null)
            {
                original.Remove(key);
                continue;
            }

            var originalValue = original[key];
            if (patchValue is JsonObject patchObject && originalValue is JsonObject originalObject)
            {
                var merged = MergeMap(originalObject, patchObject, childPath);
                original.Remove(key);
                if (merged is not null)
                {
                    original[key] = merged is JsonObject m && m.Parent is null ? m : (JsonObject)merged.DeepClone();
                }
            }
            else if (patchValue is JsonArray patchList && originalValue is JsonArray originalList && MergeKey(childPath) is { } mergeKey)
            {
                original[key] = MergeList(originalList, patchList, mergeKey, patch[SetElementOrder + key] as JsonArray);
            }
            else
            {
                // Not in the original, a scalar, or an atomic list: take the patch value (IgnoreUnmatchedNulls drops nulls).
                original[key] = patchValue.DeepClone();
            }
        }

        // A $setElementOrder without the list itself only reorders the live list.
        foreach (var (key, order) in patch)
        {
            if (key.StartsWith(SetElementOrder, StringComparison.Ordinal) && order is JsonArray orderList)
            {
                var field = key[SetElementOrder.Length..];
                var childPath = path.Length == 0 ? field : $"{path}.{field}";
                if (!patch.ContainsKey(field) && original[field] is JsonArray live && MergeKey(childPath) is { } mergeKey)
                {
                    original[field] = MergeList(live, [], mergeKey, orderList);
                }
            }
        }

        return original;
    }

    private static JsonArray MergeList(JsonArray original, JsonArray patch, string mergeKey, JsonArray? setOrder)
    {
        string KeyOf(JsonNode? item) => mergeKey.Length == 0 ? item?.ToJsonString() ?? "null" : KeyOfMap(item, mergeKey);
        var items = patch.ToList();
        if (mergeKey.Length > 0 && items.Any(i => i is JsonObject o && o["$patch"]?.GetValue<string>() == "replace"))
        {
            return new JsonArray(items.Where(i => i is not JsonObject o || !o.ContainsKey("$patch")).Select(i => i?.DeepClone()).ToArray());
        }

        var deleted = items.OfType<JsonObject>().Where(o => o["$patch"]?.GetValue<string>() == "delete").Select(KeyOf).ToHashSet();
        var merged = original.Where(i => !deleted.Contains(KeyOf(i))).Select(i => i?.DeepClone()).ToList();
        var additions = items.Where(i => i is not JsonObject o || !o.ContainsKey("$patch")).ToList();
        foreach (var item in additions)
        {
            var index = merged.FindIndex(m => KeyOf(m) == KeyOf(item));
            if (index < 0)
            {
                merged.Add(item?.DeepClone());
            }
            else if (item is JsonObject patchItem && merged[index] is JsonObject liveItem)
            {
                merged[index] = MergeMap(liveItem, patchItem, "");
            }
        }

        // normalizeElementOrder: patch items in patch (or $setElementOrder) order, server-only items in live order,
        // then mergeSortedSlice(serverOnly, patchItems): new items therefore come first.
        var order = (setOrder ?? new JsonArray(additions.Select(a => a?.DeepClone()).ToArray())).Select(KeyOf).ToList();
        var serverOrder = original.Select(KeyOf).ToList();
        var patchItems = merged.Where(m => order.Contains(KeyOf(m))).OrderBy(m => order.IndexOf(KeyOf(m))).ToList();
        var serverOnly = merged.Where(m => !order.Contains(KeyOf(m))).ToList();
        return new JsonArray(MergeSorted(serverOnly, patchItems, serverOrder, KeyOf).Select(n => n?.Parent is null ? n : n.DeepClone()).ToArray());
    }

    private static List<JsonNode?> MergeSorted(List<JsonNode?> left, List<JsonNode?> right, List<string> serverOrder, Func<JsonNode?, string> keyOf)
    {
        var result = new List<JsonNode?>(left.Count + right.Count);
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            if (i >= left.Count)
            {
                result.Add(right[j++]);
            }
            else if (j >= right.Count)
            {
                result.Add(left[i++]);
            }
            else
            {
                var li = serverOrder.IndexOf(keyOf(left[i]));
                var ri = serverOrder.IndexOf(keyOf(right[j]));
                result.Add(li >= 0 && ri >= 0 && li < ri ? left[i++] : right[j++]);
            }
        }

        return result;
    }

    private static string KeyOfMap(JsonNode? item, string mergeKey)
    {
        if (item is JsonObject o && o[mergeKey] is JsonValue v)
        {
            return v.ToJsonString();
        }

        // A plain Go error, so the server answers 500 with no reason (apimachinery pkg/util/strategicpatch/patch.go).
        var fields = item is JsonObject map ? string.Join(" ", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{Plain(p.Value)}")) : "";
        throw KubeStatus.Internal($"map: map[{fields}] does not contain declared merge key: {mergeKey}");
    }

    private static string Plain(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "<nil>";
}
