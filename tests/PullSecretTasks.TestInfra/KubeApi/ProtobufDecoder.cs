using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// Decodes kubectl ≥ 1.32 protobuf request bodies ("k8s\0" + runtime.Unknown) of Secret, ServiceAccount and
/// Namespace into the JSON shape (field numbers from k8s.io/api/core/v1/generated.proto).
/// kubectl writes empty strings and a zero-length creationTimestamp, so empty values count as unset.
/// </summary>
internal static class ProtobufDecoder
{
    private static readonly byte[] Magic = "k8s\0"u8.ToArray();

    public static JsonObject Decode(ReadOnlySpan<byte> body)
    {
        if (!body.StartsWith(Magic))
        {
            throw new FormatException("missing k8s protobuf magic");
        }

        var reader = new ProtobufReader(body[Magic.Length..]);
        string apiVersion = "", kind = "";
        ReadOnlySpan<byte> raw = default;
        while (!reader.End)
        {
            var (field, wire) = reader.ReadTag();
            if (field == 1 && wire == 2)
            {
                var typeMeta = new ProtobufReader(reader.ReadBytes());
                while (!typeMeta.End)
                {
                    var (f, w) = typeMeta.ReadTag();
                    if (w != 2) { typeMeta.Skip(w); continue; }
                    var s = typeMeta.ReadString();
                    if (f == 1) { apiVersion = s; } else if (f == 2) { kind = s; }
                }
            }
            else if (field == 2 && wire == 2)
            {
                raw = reader.ReadBytes();
            }
            else
            {
                reader.Skip(wire);
            }
        }

        var obj = new JsonObject { ["kind"] = kind, ["apiVersion"] = apiVersion };
        var fields = new ProtobufReader(raw);
        while (!fields.End)
        {
            var (field, wire) = fields.ReadTag();
            if (field == 1 && wire == 2)
            {
                obj["metadata"] = Metadata(fields.ReadBytes());
                continue;
            }

            switch (kind, field, wire)
            {
                case ("Secret", 2, 2):
                    AddMapEntry(obj, "data", fields.ReadBytes(), base64: true);
                    break;
                case ("Secret", 3, 2):
                    SetIfNotEmpty(obj, "type", fields.ReadString());
                    break;
                case ("Secret", 4, 2):
                    AddMapEntry(obj, "stringData", fields.ReadBytes(), base64: false);
                    break;
                case ("Secret", 5, 0):
                    obj["immutable"] = fields.ReadVarint() != 0;
                    break;
                case ("ServiceAccount", 2, 2):
                    Append(obj, "secrets", ObjectReference(fields.ReadBytes(), local: false));
                    break;
                case ("ServiceAccount", 3, 2):
                    Append(obj, "imagePullSecrets", ObjectReference(fields.ReadBytes(), local: true));
                    break;
                case ("ServiceAccount", 4, 0):
                    obj["automountServiceAccountToken"] = fields.ReadVarint() != 0;
                    break;
                default:
                    fields.Skip(wire);
                    break;
            }
        }

        return obj;
    }

    private static JsonObject Metadata(ReadOnlySpan<byte> bytes)
    {
        var meta = new JsonObject();
        var r = new ProtobufReader(bytes);
        while (!r.End)
        {
            var (field, wire) = r.ReadTag();
            switch (field, wire)
            {
                case (1, 2): SetIfNotEmpty(meta, "name", r.ReadString()); break;
                case (2, 2): SetIfNotEmpty(meta, "generateName", r.ReadString()); break;
                case (3, 2): SetIfNotEmpty(meta, "namespace", r.ReadString()); break;
                case (5, 2): SetIfNotEmpty(meta, "uid", r.ReadString()); break;
                case (6, 2): SetIfNotEmpty(meta, "resourceVersion", r.ReadString()); break;
                case (11, 2): AddMapEntry(meta, "labels", r.ReadBytes(), base64: false); break;
                case (12, 2): AddMapEntry(meta, "annotations", r.ReadBytes(), base64: false); break;
                case (14, 2): Append(meta, "finalizers", JsonValue.Create(r.ReadString())); break;
                default: r.Skip(wire); break;
            }
        }

        return meta;
    }

    // ObjectReference {1 kind, 2 namespace, 3 name, 4 uid, 5 apiVersion, 6 resourceVersion, 7 fieldPath};
    // LocalObjectReference {1 name}.
    private static JsonObject ObjectReference(ReadOnlySpan<byte> bytes, bool local)
    {
        string[] names = ["", "kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"];
        var result = new JsonObject();
        var r = new ProtobufReader(bytes);
        var fields = new Dictionary<int, string>();
        while (!r.End)
        {
            var (field, wire) = r.ReadTag();
            if (wire != 2) { r.Skip(wire); continue; }
            fields[field] = r.ReadString();
        }

        foreach (var (field, value) in fields.OrderBy(f => f.Key))
        {
            var name = local ? (field == 1 ? "name" : $"field{field}") : field < names.Length ? names[field] : $"field{field}";
            SetIfNotEmpty(result, name, value);
        }

        return result;
    }

    private static void AddMapEntry(JsonObject target, string property, ReadOnlySpan<byte> entry, bool base64)
    {
        var r = new ProtobufReader(entry);
        string key = "";
        JsonNode? value = base64 ? "" : JsonValue.Create("");
        while (!r.End)
        {
            var (field, wire) = r.ReadTag();
            if (wire != 2) { r.Skip(wire); continue; }
            var bytes = r.ReadBytes();
            if (field == 1) { key = System.Text.Encoding.UTF8.GetString(bytes); }
            else if (field == 2) { value = base64 ? Convert.ToBase64String(bytes) : System.Text.Encoding.UTF8.GetString(bytes); }
        }

        if (target[property] is not JsonObject map)
        {
            map = new JsonObject();
            target[property] = map;
        }

        map[key] = value;
    }

    private static void Append(JsonObject target, string property, JsonNode? item)
    {
        if (target[property] is not JsonArray list)
        {
            list = new JsonArray();
            target[property] = list;
        }

        list.Add(item);
    }

    private static void SetIfNotEmpty(JsonObject target, string property, string value)
    {
        if (value.Length > 0)
        {
            target[property] = value;
        }
    }
}
