using System.Text.Json;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// Request body decoding: media type, JSON or protobuf, fieldValidation (Strict → 400, Warn → Warning header),
/// base64 of Secret.data (apiserver pkg/endpoints/handlers/create.go, update.go, transformDecodeError).
/// </summary>
internal static class ObjectDecoder
{
    public const string Protobuf = "application/vnd.kubernetes.protobuf";

    /// <summary>ValidateCreateOptions / ValidateUpdateOptions / ValidatePatchOptions: fieldValidation must be known.</summary>
    public static void CheckFieldValidation(KubeRequest request, string optionsKind)
    {
        var value = request.Query("fieldValidation") ?? "";
        if (value is not ("" or "Ignore" or "Warn" or "Strict"))
        {
            var error = FieldError.NotSupported("fieldValidation", value, ["Ignore", "Warn", "Strict"]);
            throw KubeStatus.Failure(422, "Invalid", $"{optionsKind}.meta.k8s.io \"\" is invalid: {error}",
                KubeStatus.Details(null, optionsKind + ".meta.k8s.io", causes: [new JsonObject { ["reason"] = error.Reason, ["message"] = error.Body, ["field"] = error.Field }]));
        }
    }

    public static JsonObject Decode(KubeRequest request)
    {
        var kind = request.Kind.Kind;
        JsonObject obj;
        if (request.MediaType == Protobuf)
        {
            try
            {
                obj = ProtobufDecoder.Decode(request.Body);
            }
            catch (FormatException ex)
            {
                throw KubeStatus.BadRequest($"{kind} in version \"v1\" cannot be handled as a {kind}: {ex.Message}");
            }
        }
        else if (request.MediaType is "application/json" or "*/*")
        {
            try
            {
                obj = JsonNode.Parse(request.Body) as JsonObject ?? throw new JsonException("not an object");
            }
            catch (JsonException ex)
            {
                throw KubeStatus.BadRequest($"couldn't get version/kind; json parse error: {ex.Message}");
            }
        }
        else
        {
            throw KubeStatus.UnsupportedMediaType("application/json, application/yaml, application/vnd.kubernetes.protobuf");
        }

        if (obj["kind"]?.GetValue<string>() is { Length: > 0 } bodyKind && bodyKind != kind)
        {
            throw KubeStatus.BadRequest($"{kind} in version \"v1\" cannot be handled as a {kind}: the object provided is a {bodyKind}");
        }

        HandleUnknownFields(request, obj, strictIsBadRequest: true);
        CheckBase64(obj, kind);
        return obj;
    }

    /// <summary>Drops fields the Go types do not have, warning or failing as fieldValidation asks.</summary>
    public static void HandleUnknownFields(KubeRequest request, JsonObject obj, bool strictIsBadRequest)
    {
        var unknown = new List<string>();
        Collect(obj, request.Kind.KnownFields, "", unknown);
        if (obj["metadata"] is JsonObject meta)
        {
            Collect(meta, ResourceKinds.MetadataFields, "metadata.", unknown);
        }

        if (request.Kind == ResourceKinds.ServiceAccounts)
        {
            CollectItems(obj, "secrets", ResourceKinds.ObjectReferenceFields, unknown);
            CollectItems(obj, "imagePullSecrets", ["name"], unknown);
        }

        if (unknown.Count == 0)
        {
            return;
        }

        var texts = unknown.Select(u => $"unknown field \"{u}\"").ToList();
        switch (request.Query("fieldValidation"))
        {
            case "Strict":
                var kind = request.Kind.Kind;
                var message = $"strict decoding error: {string.Join(", ", texts)}";
                throw strictIsBadRequest
                    ? KubeStatus.BadRequest($"{kind} in version \"v1\" cannot be handled as a {kind}: {message}")
                    : KubeStatus.Failure(422, "Invalid", message, new JsonObject());
            case "Ignore":
                break;
            default:
                // addStrictDecodingWarnings: Warn is the server default.
                request.Warnings.AddRange(texts);
                break;
        }
    }

    private static void Collect(JsonObject obj, string[] known, string prefix, List<string> unknown)
    {
        foreach (var key in obj.Select(p => p.Key).Where(k => !known.Contains(k)).ToList())
        {
            unknown.Add(prefix + key);
            obj.Remove(key);
        }
    }

    private static void CollectItems(JsonObject obj, string list, string[] known, List<string> unknown)
    {
        if (obj[list] is JsonArray items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is JsonObject item)
                {
                    Collect(item, known, $"{list}[{i}].", unknown);
                }
            }
        }
    }

    private static void CheckBase64(JsonObject obj, string kind)
    {
        if (obj["data"] is not JsonObject data)
        {
            return;
        }

        foreach (var (_, value) in data)
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
            if (text is null || !IsBase64(text))
            {
                var at = text is null ? 0 : Math.Max(0, text.TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '/').Count());
                throw KubeStatus.BadRequest($"{kind} in version \"v1\" cannot be handled as a {kind}: illegal base64 data at input byte {at}");
            }
        }
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out _) && !text.Any(char.IsWhiteSpace);
    }
}
