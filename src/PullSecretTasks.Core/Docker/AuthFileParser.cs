using System.Text.Json;
using PullSecretTasks.Logging;

namespace PullSecretTasks.Docker;

/// <summary>
/// Reads config.json, auth.json and the legacy .dockercfg. Property names match case-insensitively and a
/// repeated key keeps its last value, as Go's encoding/json does (encoding/json: "preferring an exact match but also accepting a case-insensitive match").
/// Unknown keys are ignored. Error messages give a position, never file content.
/// </summary>
internal static class AuthFileParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static AuthFile Parse(string path, byte[] content, AuthFileFormat format, ILog log)
    {
        try
        {
            return ParseDocument(path, content, format, log);
        }
        catch (InvalidOperationException)
        {
            // JsonDocument checks string contents only when they are read: invalid UTF-8 inside a string, or an escaped
            // lone surrogate (\ud800), surfaces here. Go would substitute U+FFFD; a credential made of that is useless.
            throw Invalid(path, "holds a string that is not valid UTF-8 text (invalid bytes, or an unpaired \\uD800-\\uDFFF escape)");
        }
    }

    private static AuthFile ParseDocument(string path, byte[] content, AuthFileFormat format, ILog log)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(content, Options);
        }
        catch (JsonException ex)
        {
            throw Invalid(path, $"is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, "must hold a JSON object");
            }
            var root = LastWins(doc.RootElement, path, log);
            if (format == AuthFileFormat.Legacy)
            {
                return new AuthFile { Path = path, Format = format, Auths = Entries(root, path, log) };
            }
            return new AuthFile
            {
                Path = path,
                Format = format,
                Auths = Get(root, "auths") is { } auths ? Entries(Object(auths, path, "auths", log), path, log) : [],
                CredsStore = Get(root, "credsStore") is { } store ? String(store, path, "credsStore") : null,
                CredHelpers = Get(root, "credHelpers") is { } helpers
                    ? Object(helpers, path, "credHelpers", log)
                        .Select(p => KeyValuePair.Create(p.Key, String(p.Value, path, "credHelpers") ?? ""))
                        .Where(p => p.Value.Length > 0).ToList()
                    : [],
            };
        }
    }

    private static List<AuthEntry> Entries(List<KeyValuePair<string, JsonElement>> map, string path, ILog log) =>
        map.Select(p => Entry(p.Key, Object(p.Value, path, $"auths[{p.Key}]", log), path)).ToList();

    private static AuthEntry Entry(string key, List<KeyValuePair<string, JsonElement>> fields, string path)
    {
        string? Field(string name) =>
            Get(fields, name) is { } v ? String(v, path, $"auths[{key}].{name}") : null;
        return new AuthEntry(key, Field("auth"), Field("username"), Field("password"),
            Field("identitytoken"), Field("registrytoken"), Field("email"));
    }

    private static List<KeyValuePair<string, JsonElement>> Object(JsonElement e, string path, string what, ILog log) =>
        e.ValueKind switch
        {
            JsonValueKind.Object => LastWins(e, path, log),
            JsonValueKind.Null => [],
            _ => throw Invalid(path, $"has a non-object value at {what}"),
        };

    private static string? String(JsonElement e, string path, string what) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Null => null,
        _ => throw Invalid(path, $"has a non-string value at {what}"),
    };

    private static JsonElement? Get(List<KeyValuePair<string, JsonElement>> props, string name)
    {
        // Go decodes every key that matches the field case-insensitively, in document order, so the last
        // one wins ({"credsstore":"a","CredsStore":"b"} gives "b"); taking the first exact-case match did not.
        JsonElement? found = null;
        foreach (var p in props)
        {
            if (string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                found = p.Value;
            }
        }
        return found;
    }

    private static List<KeyValuePair<string, JsonElement>> LastWins(JsonElement obj, string path, ILog log)
    {
        // A repeated key keeps its last value, at the place of its last occurrence (the order a re-written file has);
        // an index per key keeps this linear in the number of keys.
        var list = new List<KeyValuePair<string, JsonElement>?>();
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            if (at.TryGetValue(p.Name, out var index))
            {
                log.Warn(ErrorCodes.DuplicateKey, $"{path}: key \"{p.Name}\" appears more than once; the last one is used.");
                list[index] = null;
            }
            at[p.Name] = list.Count;
            list.Add(KeyValuePair.Create(p.Name, p.Value.Clone()));
        }
        return list.Where(e => e.HasValue).Select(e => e!.Value).ToList();
    }

    private static PullSecretException Invalid(string path, string what) =>
        new(ErrorCodes.AuthFileInvalid, $"The auth file {path} {what}. Fix or remove it, or log in again (docker login, podman login).");
}
