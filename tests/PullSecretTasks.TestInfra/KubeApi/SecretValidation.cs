using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>pkg/apis/core/validation/validation.go ValidateSecret and ValidateSecretUpdate in kubernetes/kubernetes.</summary>
internal static class SecretValidation
{
    public const int MaxSecretSize = 1024 * 1024;

    public static List<FieldError> ValidateSecret(JsonObject secret)
    {
        var errors = NameValidation.ValidateObjectMeta(secret).ToList();
        var data = Data(secret);
        var total = 0;
        foreach (var (key, value) in data)
        {
            errors.AddRange(NameValidation.IsConfigMapKey(key).Select(msg => FieldError.Invalid($"data[{key}]", key, msg)));
            total += value.Length;
        }

        if (total > MaxSecretSize)
        {
            errors.Add(FieldError.TooLong("data", MaxSecretSize));
        }

        switch (secret["type"]?.GetValue<string>() ?? "")
        {
            case "kubernetes.io/dockercfg":
                errors.AddRange(RequireJsonObject(data, ".dockercfg"));
                break;
            case "kubernetes.io/dockerconfigjson":
                errors.AddRange(RequireJsonObject(data, ".dockerconfigjson"));
                break;
            case "kubernetes.io/basic-auth":
                if (!data.ContainsKey("username") && !data.ContainsKey("password"))
                {
                    errors.Add(FieldError.Required("data[username]"));
                    errors.Add(FieldError.Required("data[password]"));
                }

                break;
            case "kubernetes.io/ssh-auth":
                if (!data.TryGetValue("ssh-privatekey", out var key) || key.Length == 0)
                {
                    errors.Add(FieldError.Required("data[ssh-privatekey]"));
                }

                break;
            case "kubernetes.io/tls":
                foreach (var required in new[] { "tls.crt", "tls.key" }.Where(k => !data.ContainsKey(k)))
                {
                    errors.Add(FieldError.Required($"data[{required}]"));
                }

                break;
            case "kubernetes.io/service-account-token":
                if (string.IsNullOrEmpty(secret["metadata"]?["annotations"]?["kubernetes.io/service-account.name"]?.GetValue<string>()))
                {
                    errors.Add(FieldError.Required("metadata.annotations[kubernetes.io/service-account.name]"));
                }

                break;
            default:
                // Opaque and unknown types are not checked (Azure/k8s-create-secret #75).
                break;
        }

        return errors;
    }

    public static List<FieldError> ValidateSecretUpdate(JsonObject updated, JsonObject old)
    {
        var errors = new List<FieldError>();
        var newType = updated["type"]?.GetValue<string>() ?? "";
        if (newType != (old["type"]?.GetValue<string>() ?? ""))
        {
            // ValidateImmutableField
            errors.Add(FieldError.Invalid("type", newType, "field is immutable"));
        }

        if (old["immutable"]?.GetValue<bool>() == true)
        {
            if (updated["immutable"]?.GetValue<bool>() != true)
            {
                errors.Add(FieldError.Forbidden("immutable", "field is immutable when `immutable` is set"));
            }

            if (!JsonNode.DeepEquals(updated["data"] ?? new JsonObject(), old["data"] ?? new JsonObject()))
            {
                errors.Add(FieldError.Forbidden("data", "field is immutable when `immutable` is set"));
            }
        }

        errors.AddRange(ValidateSecret(updated));
        return errors;
    }

    private static IEnumerable<FieldError> RequireJsonObject(Dictionary<string, byte[]> data, string key)
    {
        if (!data.TryGetValue(key, out var bytes))
        {
            yield return FieldError.Required($"data[{key}]");
            yield break;
        }

        // The value is redacted in the message; the Go unmarshal error is the detail.
        var error = GoJsonCheck.UnmarshalIntoMapError(bytes);
        if (error is not null)
        {
            yield return FieldError.Invalid($"data[{key}]", "<secret contents redacted>", error);
        }
    }

    /// <summary>The decoded data map; values were base64-checked when the body was decoded.</summary>
    public static Dictionary<string, byte[]> Data(JsonObject secret)
    {
        var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (secret["data"] is JsonObject data)
        {
            foreach (var (key, value) in data)
            {
                result[key] = value is null ? [] : Convert.FromBase64String(value.GetValue<string>());
            }
        }

        return result;
    }
}
