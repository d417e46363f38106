using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>Name and key rules from k8s.io/apimachinery/pkg/util/validation/validation.go.</summary>
internal static partial class NameValidation
{
    private const string Dns1123SubdomainFmt = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
    private const string ConfigKeyFmt = "[-._a-zA-Z0-9]+";

    [GeneratedRegex("^" + Dns1123SubdomainFmt + "$")]
    private static partial Regex Dns1123Subdomain();

    [GeneratedRegex("^" + ConfigKeyFmt + "$")]
    private static partial Regex ConfigKey();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    /// <summary>ValidateObjectMetaAccessor: name required unless generateName, then NameIsDNSSubdomain.</summary>
    public static IEnumerable<FieldError> ValidateObjectMeta(JsonObject obj)
    {
        var meta = obj["metadata"] as JsonObject;
        var name = meta?["name"]?.GetValue<string>() ?? "";
        var generateName = meta?["generateName"]?.GetValue<string>() ?? "";
        if (name.Length == 0)
        {
            if (generateName.Length == 0)
            {
                yield return FieldError.Required("metadata.name", "name or generateName is required");
            }

            yield break;
        }

        foreach (var message in IsDns1123Subdomain(name))
        {
            yield return FieldError.Invalid("metadata.name", name, message);
        }
    }

    public static IEnumerable<string> IsDns1123Subdomain(string value)
    {
        if (value.Length > 253)
        {
            yield return "must be no more than 253 characters";
        }

        if (!Dns1123Subdomain().IsMatch(value))
        {
            yield return "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end " +
                $"with an alphanumeric character (e.g. 'example.com', regex used for validation is '{Dns1123SubdomainFmt}')";
        }
    }

    public static bool IsDns1123Label(string value) => value.Length <= 63 && Dns1123Label().IsMatch(value);

    // IsConfigMapKey; the double spaces in the example list are upstream's.
    public static IEnumerable<string> IsConfigMapKey(string key)
    {
        if (key.Length > 253)
        {
            yield return "must be no more than 253 characters";
        }

        if (!ConfigKey().IsMatch(key))
        {
            yield return "a valid config key must consist of alphanumeric characters, '-', '_' or '.' " +
                $"(e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '{ConfigKeyFmt}')";
        }

        // hasChDirPrefix
        if (key == ".")
        {
            yield return "must not be '.'";
        }
        else if (key == "..")
        {
            yield return "must not be '..'";
        }
        else if (key.StartsWith("..", StringComparison.Ordinal))
        {
            yield return "must not start with '..'";
        }
    }
}
