using System.Text.Json;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// PATCH with the three non-apply patch types (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go).
/// The patch is applied to the live object under the store lock, so concurrent patches never conflict unless
/// the patch itself carries metadata.resourceVersion (apiserver registry/store.go GuaranteedUpdate).
/// </summary>
internal sealed class PatchEndpoint(KubeStore store, WriteEndpoints writes)
{
    private const string Accepted = "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json";

    public KubeResponse Patch(KubeRequest request)
    {
        var type = request.MediaType;
        if (type is not ("application/json-patch+json" or "application/merge-patch+json" or "application/strategic-merge-patch+json"))
        {
            // Server-side apply (application/apply-patch+yaml) is not implemented by the fake.
            throw KubeStatus.UnsupportedMediaType(Accepted);
        }

        if (request.Query("force") is not null)
        {
            var error = FieldError.Forbidden("force", "may not be specified for non-apply patch");
            throw KubeStatus.Failure(422, "Invalid", $"PatchOptions.meta.k8s.io \"\" is invalid: {error}",
                KubeStatus.Details(null, "PatchOptions.meta.k8s.io", causes: [new JsonObject { ["reason"] = error.Reason, ["message"] = error.Body, ["field"] = error.Field }]));
        }

        ObjectDecoder.CheckFieldValidation(request, "PatchOptions");
        JsonNode? patch;
        try
        {
            patch = JsonNode.Parse(request.Body);
        }
        catch (JsonException ex)
        {
            throw KubeStatus.BadRequest($"error decoding patch: {ex.Message}");
        }

        lock (store.Gate)
        {
            var existing = store.Get(request.Kind.Resource, request.Namespace, request.Name!)
                ?? throw KubeStatus.NotFound(request.Kind.Resource, request.Name!);
            var patched = Apply(type, existing, patch);
            var rv = ObjectShape.Meta(patched, "resourceVersion");
            if (rv.Length > 0 && rv != ObjectShape.Meta(existing, "resourceVersion"))
            {
                throw KubeStatus.Conflict(request.Kind.Resource, request.Name!);
            }

            if (ObjectShape.Meta(patched, "name") != request.Name)
            {
                throw KubeStatus.BadRequest($"the name of the object ({ObjectShape.Meta(patched, "name")}) does not match the name on the URL ({request.Name})");
            }

            ObjectDecoder.HandleUnknownFields(request, patched, strictIsBadRequest: false);
            ObjectShape.ApplyDefaults(patched, request.Kind);
            return new KubeResponse(200, writes.Commit(request, existing, patched));
        }
    }

    private static JsonObject Apply(string type, JsonObject existing, JsonNode? patch)
    {
        switch (type)
        {
            case "application/json-patch+json":
                if (patch is not JsonArray operations)
                {
                    throw KubeStatus.BadRequest("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
                }

                try
                {
                    // Any apply failure, including a failed "test", is the generic 422 (apiserver pkg/endpoints/handlers/patch.go).
                    return JsonPatch.Apply(existing, operations) as JsonObject ?? throw KubeStatus.GenericInvalid();
                }
                catch (JsonPatch.PatchFailedException)
                {
                    throw KubeStatus.GenericInvalid();
                }

            case "application/merge-patch+json":
                return JsonMergePatch.Apply(existing, patch) as JsonObject ?? throw KubeStatus.BadRequest("merge patch did not produce an object");
            default:
                if (patch is not JsonObject smp)
                {
                    throw KubeStatus.BadRequest("json: cannot unmarshal array into Go value of type map[string]interface {}");
                }

                return StrategicMergePatch.Apply(existing, smp);
        }
    }
}
