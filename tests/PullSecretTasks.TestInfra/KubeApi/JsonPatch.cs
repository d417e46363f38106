using System.Globalization;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// RFC 6902 JSON patch. Any failure (missing path, failed test) is reported by the caller as the generic 422 of
/// staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go (NewGenericServerResponse).
/// </summary>
internal static class JsonPatch
{
    public sealed class PatchFailedException(string message) : Exception(message);

    public static JsonNode Apply(JsonNode document, JsonArray operations)
    {
        var doc = document.DeepClone();
        foreach (var op in operations)
        {
            if (op is not JsonObject o || o["op"]?.GetValue<string>() is not { } name || o["path"]?.GetValue<string>() is not { } path)
            {
                throw new PatchFailedException("malformed operation");
            }

            switch (name)
            {
                case "add":
                    doc = Add(doc, path, Required(o, "value"));
                    break;
                case "remove":
                    Remove(doc, path);
                    break;
                case "replace":
                    Remove(doc, path);
                    doc = Add(doc, path, Required(o, "value"));
                    break;
                case "move":
                    var moved = Get(doc, From(o))?.DeepClone();
                    Remove(doc, From(o));
                    doc = Add(doc, path, moved);
                    break;
                case "copy":
                    doc = Add(doc, path, Get(doc, From(o))?.DeepClone());
                    break;
                case "test":
                    if (!JsonNode.DeepEquals(Get(doc, path), o["value"]))
                    {
                        throw new PatchFailedException($"testing value {path} failed");
                    }

                    break;
                default:
                    throw new PatchFailedException($"Unexpected kind: {name}");
            }
        }

        return doc;
    }

    private static JsonNode? Required(JsonObject op, string name) =>
        op.TryGetPropertyValue(name, out var value) ? value?.DeepClone() : throw new PatchFailedException($"missing {name}");

    private static string From(JsonObject op) => op["from"]?.GetValue<string>() ?? throw new PatchFailedException("missing from");

    private static string[] Split(string pointer) =>
        pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    private static JsonNode? Get(JsonNode? doc, string pointer)
    {
        var node = doc;
        foreach (var token in Split(pointer))
        {
            node = node switch
            {
                JsonObject o when o.TryGetPropertyValue(token, out var child) => child,
                JsonArray a when Index(token, a.Count - 1) is { } i => a[i],
                _ => throw new PatchFailedException($"doc is missing path: \"{pointer}\""),
            };
        }

        return node;
    }

    private static (JsonNode Parent, string Last) Parent(JsonNode doc, string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        if (slash < 0)
        {
            throw new PatchFailedException($"invalid path: \"{pointer}\"");
        }

        var tokens = Split(pointer);
        var parentPointer = pointer[..slash];
        return (Get(doc, parentPointer) ?? throw new PatchFailedException($"doc is missing path: \"{pointer}\""), tokens[^1]);
    }

    private static JsonNode Add(JsonNode doc, string pointer, JsonNode? value)
    {
        if (pointer.Length == 0)
        {
            return value ?? throw new PatchFailedException("null document");
        }

        var (parent, last) = Parent(doc, pointer);
        switch (parent)
        {
            case JsonObject o:
                o.Remove(last);
                o[last] = value;
                break;
            case JsonArray a when last == "-":
                a.Add(value);
                break;
            case JsonArray a when Index(last, a.Count) is { } i:
                a.Insert(i, value);
                break;
            default:
                throw new PatchFailedException($"doc is missing path: \"{pointer}\"");
        }

        return doc;
    }

    private static void Remove(JsonNode doc, string pointer)
    {
        var (parent, last) = Parent(doc, pointer);
        var removed = parent switch
        {
            JsonObject o => o.Remove(last),
            JsonArray a when Index(last, a.Count - 1) is { } i => RemoveAt(a, i),
            _ => false,
        };
        if (!removed)
        {
            throw new PatchFailedException($"doc is missing path: \"{pointer}\"");
        }
    }

    private static bool RemoveAt(JsonArray array, int index)
    {
        array.RemoveAt(index);
        return true;
    }

    private static int? Index(string token, int max) =>
        int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i <= max ? i : null;
}
