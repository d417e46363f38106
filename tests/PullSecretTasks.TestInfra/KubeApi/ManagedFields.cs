using System.Globalization;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// A simplified metadata.managedFields (apiserver pkg/endpoints/handlers/fieldmanager): one Update entry per manager owning the fields it last wrote.
/// The manager is the fieldManager query or the User-Agent prefix (apiserver prefixFromUserAgent).
/// </summary>
internal static class ManagedFields
{
    public static string ManagerFrom(string? fieldManager, string? userAgent)
    {
        if (!string.IsNullOrEmpty(fieldManager))
        {
            return fieldManager;
        }

        var prefix = new string((userAgent ?? "").Split('/')[0].Where(c => !char.IsControl(c)).ToArray());
        return prefix.Length > 128 ? prefix[..128] : prefix;
    }

    public static void Record(JsonObject obj, string manager, DateTimeOffset now)
    {
        var meta = obj["metadata"]!.AsObject();
        var entries = meta["managedFields"] as JsonArray ?? [];
        var kept = entries.Where(e => e?["manager"]?.GetValue<string>() != manager).Select(e => e!.DeepClone()).ToList();
        kept.Add(new JsonObject
        {
            ["manager"] = manager,
            ["operation"] = "Update",
            ["apiVersion"] = "v1",
            ["time"] = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["fieldsType"] = "FieldsV1",
            ["fieldsV1"] = FieldsOf(obj),
        });
        meta["managedFields"] = new JsonArray(kept.ToArray());
    }

    private static JsonObject FieldsOf(JsonObject obj)
    {
        var fields = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (key is "kind" or "apiVersion" or "status")
            {
                continue;
            }

            if (key == "metadata" && value is JsonObject meta)
            {
                var metaFields = new JsonObject();
                foreach (var map in new[] { "labels", "annotations" })
                {
                    if (meta[map] is JsonObject entries)
                    {
                        metaFields[$"f:{map}"] = MapFields(entries);
                    }
                }

                if (metaFields.Count > 0)
                {
                    fields["f:metadata"] = metaFields;
                }

                continue;
            }

            fields[$"f:{key}"] = value switch
            {
                JsonObject map => MapFields(map),
                // listType=map keyed by name; imagePullSecrets is atomic, so it is owned whole ({}).
                JsonArray list when key == "secrets" => SecretsFields(list),
                _ => new JsonObject(),
            };
        }

        return fields;
    }

    private static JsonObject MapFields(JsonObject map)
    {
        var result = new JsonObject { ["."] = new JsonObject() };
        foreach (var (key, _) in map)
        {
            result[$"f:{key}"] = new JsonObject();
        }

        return result;
    }

    private static JsonObject SecretsFields(JsonArray list)
    {
        var result = new JsonObject { ["."] = new JsonObject() };
        foreach (var name in list.Select(i => i?["name"]?.GetValue<string>()).OfType<string>().Distinct())
        {
            result[$"k:{{\"name\":\"{name}\"}}"] = new JsonObject { ["."] = new JsonObject(), ["f:name"] = new JsonObject() };
        }

        return result;
    }
}
