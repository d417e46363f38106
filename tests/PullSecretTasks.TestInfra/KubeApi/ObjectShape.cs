using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>Defaulting and conversion steps the API server applies to every write, per kind.</summary>
internal static class ObjectShape
{
    private static readonly string[] MetadataOrder =
        ["name", "generateName", "namespace", "uid", "resourceVersion", "generation", "creationTimestamp", "labels", "annotations", "ownerReferences", "finalizers", "managedFields"];

    /// <summary>Secret: SetDefaults_Secret (type Opaque) and the v1 conversion of stringData into data (kubernetes/kubernetes pkg/apis/core/v1/defaults.go, conversion.go).</summary>
    public static void ApplyDefaults(JsonObject obj, ResourceKind kind)
    {
        obj["kind"] = kind.Kind;
        obj["apiVersion"] = "v1";
        if (obj["metadata"] is not JsonObject)
        {
            obj["metadata"] = new JsonObject();
        }

        if (kind == ResourceKinds.Secrets)
        {
            if (string.IsNullOrEmpty(obj["type"]?.GetValue<string>()))
            {
                obj["type"] = "Opaque";
            }

            if (obj["stringData"] is JsonObject stringData)
            {
                var data = obj["data"] as JsonObject ?? [];
                obj["data"] = data;
                foreach (var (key, value) in stringData)
                {
                    data[key] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value?.GetValue<string>() ?? ""));
                }
            }

            obj.Remove("stringData");
        }
        else if (kind == ResourceKinds.ServiceAccounts && obj["secrets"] is JsonArray secrets)
        {
            // pkg/registry/core/serviceaccount/strategy.go cleanSecretReferences: keep only the name.
            obj["secrets"] = new JsonArray(secrets.Select(s => (JsonNode)new JsonObject { ["name"] = s?["name"]?.DeepClone() }).ToArray());
        }
    }

    /// <summary>Puts kind, apiVersion and metadata first and metadata fields in Go struct order, as the server serializes them.</summary>
    public static JsonObject Canonical(JsonObject obj)
    {
        var result = new JsonObject();
        foreach (var key in new[] { "kind", "apiVersion" })
        {
            if (obj[key] is { } value)
            {
                result[key] = value.DeepClone();
            }
        }

        var meta = obj["metadata"] as JsonObject ?? [];
        var orderedMeta = new JsonObject();
        foreach (var key in MetadataOrder.Concat(meta.Select(p => p.Key)).Distinct())
        {
            if (meta[key] is { } value)
            {
                orderedMeta[key] = value.DeepClone();
            }
        }

        result["metadata"] = orderedMeta;
        foreach (var (key, value) in obj)
        {
            if (key is not ("kind" or "apiVersion" or "metadata") && value is not null)
            {
                result[key] = value.DeepClone();
            }
        }

        return result;
    }

    /// <summary>True when the two objects differ only in bookkeeping, so the write is a no-op (apiserver registry/store.go: an unchanged object is not written again).</summary>
    public static bool SameContent(JsonObject a, JsonObject b) => JsonNode.DeepEquals(Comparable(a), Comparable(b));

    private static JsonObject Comparable(JsonObject obj)
    {
        var copy = (JsonObject)obj.DeepClone();
        if (copy["metadata"] is JsonObject meta)
        {
            meta.Remove("managedFields");
            meta.Remove("resourceVersion");
        }

        // Empty lists and maps are omitted on the wire, so [] and absent are the same object.
        foreach (var key in copy.Where(p => p.Value is JsonArray { Count: 0 } or JsonObject { Count: 0 }).Select(p => p.Key).ToList())
        {
            copy.Remove(key);
        }

        return Canonical(copy);
    }

    public static string Meta(JsonObject obj, string field) => obj["metadata"]?[field]?.GetValue<string>() ?? "";
}
