using System.Text;
using System.Text.Json;
using PullSecretTasks.Options;

namespace PullSecretTasks.Protocol;

/// <summary>
/// One line of <c>pullsecret create --events</c>: how the MSBuild task hears the native tool it starts (a log line, a
/// warning, an error with the settings that fix it, or a secret written), so the task renders everything in MSBuild's
/// words and sets its outputs. Names only, never secret data: the tool reads the credentials itself.
/// </summary>
/// <param name="Kind">verbose, info, warning, error or secret.</param>
/// <param name="Message">The text of a log line, warning or error.</param>
/// <param name="Code">The PSEC code of a warning or error.</param>
/// <param name="Settings">What fixes an error or addresses a warning.</param>
/// <param name="Secret">For a secret: what was written, as the task's output item has it.</param>
public sealed record ToolEvent(string Kind, string? Message = null, string? Code = null, IReadOnlyList<Setting>? Settings = null, SecretLine? Secret = null)
{
    /// <summary>The event as one JSON line.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kind", Kind);
            WriteIfSet(json, "message", Message);
            WriteIfSet(json, "code", Code);
            if (Settings is { Count: > 0 })
            {
                WriteList(json, "settings", Settings.Select(s => s.ToString()));
            }
            if (Secret is { } s)
            {
                json.WriteString("name", s.Name);
                json.WriteString("namespace", s.Namespace);
                json.WriteString("type", s.Type);
                json.WriteString("action", s.Action);
                json.WriteBoolean("dryRun", s.DryRun);
                WriteList(json, "registries", s.Registries);
                WriteList(json, "linkedTo", s.LinkedTo);
                WriteList(json, "lines", s.Lines);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a line <see cref="ToJson"/> wrote; null for anything else.</summary>
    public static ToolEvent? Parse(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "kind") is not { } kind)
            {
                return null;
            }
            var settings = List(root, "settings").Select(n => Enum.TryParse<Setting>(n, out var s) ? (Setting?)s : null).OfType<Setting>().ToList();
            SecretLine? secret = kind == "secret"
                ? new SecretLine(Text(root, "name") ?? "", Text(root, "namespace") ?? "", Text(root, "type") ?? "", Text(root, "action") ?? "",
                    root.TryGetProperty("dryRun", out var d) && d.ValueKind == JsonValueKind.True, List(root, "registries"), List(root, "linkedTo"), List(root, "lines"))
                : null;
            return new ToolEvent(kind, Text(root, "message"), Text(root, "code"), settings, secret);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
