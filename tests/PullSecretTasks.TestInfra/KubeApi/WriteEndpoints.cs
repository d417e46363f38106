using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// POST and PUT, following registry/generic/registry/store.go Create/Update and the secret and serviceaccount
/// strategies (kubernetes/kubernetes pkg/registry/core/secret/strategy.go, serviceaccount/strategy.go; apiserver registry/store.go).
/// </summary>
internal sealed class WriteEndpoints(KubeStore store)
{
    private const string NameChars = "bcdfghjklmnpqrstvwxz2456789";

    public KubeResponse Create(KubeRequest request)
    {
        ObjectDecoder.CheckFieldValidation(request, "CreateOptions");
        var obj = ObjectDecoder.Decode(request);
        ObjectShape.ApplyDefaults(obj, request.Kind);
        var meta = obj["metadata"]!.AsObject();
        if (request.Kind.Namespaced)
        {
            CheckNamespace(meta, request.Namespace);
        }

        // names.SimpleNameGenerator: generateName + 5 random characters, before validation.
        if (ObjectShape.Meta(obj, "name").Length == 0 && ObjectShape.Meta(obj, "generateName") is { Length: > 0 } prefix)
        {
            meta["name"] = prefix + new string(Enumerable.Range(0, 5).Select(_ => NameChars[Random.Shared.Next(NameChars.Length)]).ToArray());
        }

        var name = ObjectShape.Meta(obj, "name");
        var errors = Validate(request.Kind, obj, null);
        if (errors.Count > 0)
        {
            throw KubeStatus.Invalid(request.Kind.Kind, name, errors);
        }

        lock (store.Gate)
        {
            if (store.Get(request.Kind.Resource, request.Namespace, name) is not null)
            {
                throw KubeStatus.AlreadyExists(request.Kind.Resource, name);
            }

            meta["uid"] = Guid.NewGuid().ToString();
            meta["creationTimestamp"] = Timestamp();
            meta.Remove("resourceVersion");
            meta.Remove("managedFields");
            ManagedFields.Record(obj, request.Manager, DateTimeOffset.UtcNow);
            if (request.Kind == ResourceKinds.Namespaces)
            {
                obj["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") };
                obj["status"] = new JsonObject { ["phase"] = "Active" };
            }

            // A dry-run create is never written, so it carries no resourceVersion (DryRunnableStorage.Create).
            var result = request.DryRun ? obj : store.Put(request.Kind.Resource, request.Namespace, name, ObjectShape.Canonical(obj));
            return new KubeResponse(201, ObjectShape.Canonical(result));
        }
    }

    public KubeResponse Update(KubeRequest request)
    {
        ObjectDecoder.CheckFieldValidation(request, "UpdateOptions");
        var obj = ObjectDecoder.Decode(request);
        ObjectShape.ApplyDefaults(obj, request.Kind);
        var bodyName = ObjectShape.Meta(obj, "name");
        if (bodyName != request.Name)
        {
            // rest/update.go checkName
            throw KubeStatus.BadRequest($"the name of the object ({bodyName}) does not match the name on the URL ({request.Name})");
        }

        if (request.Kind.Namespaced)
        {
            CheckNamespace(obj["metadata"]!.AsObject(), request.Namespace);
        }

        lock (store.Gate)
        {
            var existing = store.Get(request.Kind.Resource, request.Namespace, request.Name!)
                ?? throw KubeStatus.NotFound(request.Kind.Resource, request.Name!); // AllowCreateOnUpdate=false
            var rv = ObjectShape.Meta(obj, "resourceVersion");
            if (rv.Length > 0 && rv != ObjectShape.Meta(existing, "resourceVersion"))
            {
                throw KubeStatus.Conflict(request.Kind.Resource, request.Name!);
            }

            return new KubeResponse(200, Commit(request, existing, obj));
        }
    }

    /// <summary>
    /// The shared tail of PUT and PATCH, under the store lock: keep system fields, validate, skip no-op writes
    /// (same resourceVersion, as registry/store.go), record the manager, store unless dry-run.
    /// </summary>
    public JsonObject Commit(KubeRequest request, JsonObject existing, JsonObject updated)
    {
        var meta = updated["metadata"]!.AsObject();
        foreach (var field in new[] { "uid", "creationTimestamp", "resourceVersion", "managedFields" })
        {
            meta.Remove(field);
            if (existing["metadata"]?[field] is { } value)
            {
                meta[field] = value.DeepClone();
            }
        }

        if (request.Kind.Namespaced)
        {
            meta["namespace"] = request.Namespace;
        }

        var errors = Validate(request.Kind, updated, existing);
        if (errors.Count > 0)
        {
            throw KubeStatus.Invalid(request.Kind.Kind, request.Name!, errors);
        }

        if (ObjectShape.SameContent(existing, updated))
        {
            return ObjectShape.Canonical(existing);
        }

        ManagedFields.Record(updated, request.Manager, DateTimeOffset.UtcNow);
        var canonical = ObjectShape.Canonical(updated);
        return request.DryRun ? canonical : ObjectShape.Canonical(store.Put(request.Kind.Resource, request.Namespace, request.Name!, canonical));
    }

    private static List<FieldError> Validate(ResourceKind kind, JsonObject obj, JsonObject? old)
    {
        if (kind == ResourceKinds.Secrets)
        {
            return old is null ? SecretValidation.ValidateSecret(obj) : SecretValidation.ValidateSecretUpdate(obj, old);
        }

        if (kind == ResourceKinds.Namespaces)
        {
            var name = ObjectShape.Meta(obj, "name");
            return name.Length == 0 ? [FieldError.Required("metadata.name", "name or generateName is required")]
                : NameValidation.IsDns1123Label(name) ? [] : [FieldError.Invalid("metadata.name", name, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')")];
        }

        // ValidateServiceAccount checks only ObjectMeta: duplicate and dangling references are accepted.
        return NameValidation.ValidateObjectMeta(obj).ToList();
    }

    private void CheckNamespace(JsonObject meta, string urlNamespace)
    {
        var bodyNamespace = meta["namespace"]?.GetValue<string>() ?? "";
        if (bodyNamespace.Length > 0 && bodyNamespace != urlNamespace)
        {
            // rest/meta.go EnsureObjectNamespaceMatchesRequestNamespace
            throw KubeStatus.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        meta["namespace"] = urlNamespace;

        // NamespaceLifecycle admission runs after decoding and before validation.
        if (store.Get("namespaces", "", urlNamespace) is null)
        {
            throw KubeStatus.NotFound("namespaces", urlNamespace);
        }
    }

    internal static string Timestamp() => DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
