using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// metav1.Status bodies with the property order and omitempty rules of apimachinery pkg/apis/meta/v1/types.go Status
/// (k8s.io/apimachinery/pkg/api/errors/errors.go).
/// </summary>
internal static class KubeStatus
{
    public static KubeStatusException NotFound(string resource, string name) =>
        Failure(404, "NotFound", $"{resource} \"{name}\" not found", Details(name, resource));

    public static KubeStatusException AlreadyExists(string resource, string name) =>
        Failure(409, "AlreadyExists", $"{resource} \"{name}\" already exists", Details(name, resource));

    // registry/generic/registry/store.go Update: a resourceVersion precondition that does not match.
    public static KubeStatusException Conflict(string resource, string name) =>
        Failure(409, "Conflict",
            $"Operation cannot be fulfilled on {resource} \"{name}\": the object has been modified; please apply your changes to the latest version and try again",
            Details(name, resource));

    // staging/src/k8s.io/apiserver/pkg/endpoints/handlers/responsewriters/errors.go forbiddenMessage.
    public static KubeStatusException Forbidden(string user, string verb, string resource, string? ns, string? name)
    {
        var subject = string.IsNullOrEmpty(name) ? resource : $"{resource} \"{name}\"";
        var scope = ns is null ? "at the cluster scope" : $"in the namespace \"{ns}\"";
        return Failure(403, "Forbidden",
            $"{subject} is forbidden: User \"{user}\" cannot {verb} resource \"{resource}\" in API group \"\" {scope}",
            Details(name, resource));
    }

    public static KubeStatusException Unauthorized() => Failure(401, "Unauthorized", "Unauthorized", null);

    public static KubeStatusException BadRequest(string message) => Failure(400, "BadRequest", message, null);

    // errors.NewInvalid: details.kind is the Kind, causes carry the message without the field.
    public static KubeStatusException Invalid(string kind, string name, IReadOnlyList<FieldError> errors)
    {
        var texts = errors.Select(e => e.ToString()).Distinct().ToList();
        var joined = texts.Count == 1 ? texts[0] : $"[{string.Join(", ", texts)}]";
        var causes = new JsonArray(errors.Select(e => (JsonNode)new JsonObject
        {
            ["reason"] = e.Reason, ["message"] = e.Body, ["field"] = e.Field,
        }).ToArray());
        return Failure(422, "Invalid", $"{kind} \"{name}\" is invalid: {joined}", Details(name, kind, causes: causes));
    }

    // NewGenericServerResponse(422): what a failed JSON patch becomes; details are present but empty.
    public static KubeStatusException GenericInvalid() =>
        Failure(422, "Invalid", "the server rejected our request due to an error in our request", new JsonObject());

    public static KubeStatusException NotFoundPath() =>
        Failure(404, "NotFound", "the server could not find the requested resource", new JsonObject());

    public static KubeStatusException MethodNotAllowed() =>
        Failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", new JsonObject());

    public static KubeStatusException UnsupportedMediaType(string accepted) =>
        Failure(415, "UnsupportedMediaType",
            $"the body of the request was in an unknown format - accepted media types include: {accepted}", null);

    // A plain Go error reaching ErrorToAPIStatus: code 500, no reason.
    public static KubeStatusException Internal(string message) => Failure(500, "", message, null);

    public static KubeStatusException Failure(int code, string reason, string message, JsonObject? details)
    {
        var status = new JsonObject { ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = "Failure" };
        if (message.Length > 0)
        {
            status["message"] = message;
        }

        if (reason.Length > 0)
        {
            status["reason"] = reason;
        }

        if (details is not null)
        {
            status["details"] = details;
        }

        status["code"] = code;
        return new KubeStatusException(code, status);
    }

    // finalizeDelete: Success Status without a code.
    public static JsonObject DeleteSuccess(string resource, string name, string? uid) => new()
    {
        ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = "Success",
        ["details"] = Details(name, resource, uid),
    };

    public static JsonObject Details(string? name, string? kind, string? uid = null, JsonArray? causes = null, int retryAfter = 0)
    {
        var details = new JsonObject();
        if (!string.IsNullOrEmpty(name))
        {
            details["name"] = name;
        }

        if (!string.IsNullOrEmpty(kind))
        {
            details["kind"] = kind;
        }

        if (!string.IsNullOrEmpty(uid))
        {
            details["uid"] = uid;
        }

        if (causes is { Count: > 0 })
        {
            details["causes"] = causes;
        }

        if (retryAfter > 0)
        {
            details["retryAfterSeconds"] = retryAfter;
        }

        return details;
    }
}
