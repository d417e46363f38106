using System.Text;
using PullSecretTasks.Results;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Tool.Output;

/// <summary>
/// Prints secrets the way kubectl does: -o json (4-space indent, field order of the Go structs),
/// -o yaml (sorted keys), -o name (secret/NAME), or one human line per namespace. A v1 List holds
/// several objects. Only -o json|yaml print data, because the user asked for it.
/// </summary>
internal static class SecretPrinter
{
    /// <param name="outcomes">One per namespace.</param>
    /// <param name="output">json, yaml, name, or null for human lines.</param>
    /// <param name="dryRunLabel">" (dry run)" for client, " (server dry run)" for server, as kubectl says.</param>
    public static string Print(IReadOnlyList<SecretOutcome> outcomes, string? output, string dryRunLabel = " (dry run)") => output switch
    {
        "json" => Json(outcomes) + "\n",
        "yaml" => Yaml(outcomes),
        "name" => string.Concat(outcomes.Select(o => $"secret/{o.Secret.Name}\n")),
        _ => string.Concat(outcomes.Select(o => Human(o, outcomes.Count > 1, dryRunLabel))),
    };

    private static string Human(SecretOutcome o, bool withNamespace, string dryRunLabel)
    {
        var prefix = withNamespace ? $"{o.Secret.Namespace}: " : "";
        var dry = o.DryRun ? dryRunLabel : "";
        return $"{prefix}secret/{o.Secret.Name} {o.Action.ToString().ToLowerInvariant()}{dry}\n"
            + string.Concat(o.Links.Select(l => LinkPrinter.Line(l, withNamespace, dryRunLabel)));
    }

    private static string Json(IReadOnlyList<SecretOutcome> outcomes)
    {
        var json = new JsonText();
        if (outcomes.Count == 1)
        {
            WriteSecret(json, null, outcomes[0].Secret);
            return json.ToString();
        }
        // kubectl prints a list as an unstructured v1 List: sorted keys, metadata.resourceVersion "".
        json.StartObject().String("apiVersion", "v1").StartArray("items");
        foreach (var o in outcomes)
        {
            WriteSecret(json, null, o.Secret);
        }
        return json.EndArray().String("kind", "List").StartObject("metadata").String("resourceVersion", "").EndObject().EndObject().ToString();
    }

    private static void WriteSecret(JsonText json, string? name, PullSecretManifest s)
    {
        json.StartObject(name).String("kind", "Secret").String("apiVersion", "v1")
            .StartObject("metadata").String("name", s.Name).String("namespace", s.Namespace).Raw("creationTimestamp", "null")
            .StartObject("labels");
        foreach (var (k, v) in s.Labels.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.String(k, v);
        }
        json.EndObject().EndObject().StartObject("data");
        foreach (var (k, v) in s.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.String(k, Convert.ToBase64String(v));
        }
        json.EndObject().String("type", s.Type).EndObject();
    }

    private static string Yaml(IReadOnlyList<SecretOutcome> outcomes)
    {
        var sb = new StringBuilder();
        if (outcomes.Count == 1)
        {
            WriteYaml(sb, outcomes[0].Secret, "", "");
            return sb.ToString();
        }
        sb.Append("apiVersion: v1\nitems:\n");
        foreach (var o in outcomes)
        {
            WriteYaml(sb, o.Secret, "- ", "  ");
        }
        return sb.Append("kind: List\nmetadata:\n  resourceVersion: \"\"\n").ToString();
    }

    // Keys sorted as kubectl's YAML printer sorts them. Every value is a DNS name, a label or base64,
    // none of which needs quoting; "null" is written as YAML null like kubectl.
    private static void WriteYaml(StringBuilder sb, PullSecretManifest s, string first, string indent)
    {
        sb.Append(first).Append("apiVersion: v1\n");
        sb.Append(indent).Append("data:\n");
        foreach (var (k, v) in s.Data.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(indent).Append("  ").Append(k).Append(": ").Append(Convert.ToBase64String(v)).Append('\n');
        }
        sb.Append(indent).Append("kind: Secret\n");
        sb.Append(indent).Append("metadata:\n");
        sb.Append(indent).Append("  creationTimestamp: null\n");
        sb.Append(indent).Append("  labels:\n");
        foreach (var (k, v) in s.Labels.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(indent).Append("    ").Append(k).Append(": ").Append(v).Append('\n');
        }
        sb.Append(indent).Append("  name: ").Append(s.Name).Append('\n');
        sb.Append(indent).Append("  namespace: ").Append(s.Namespace).Append('\n');
        sb.Append(indent).Append("type: ").Append(s.Type).Append('\n');
    }
}
