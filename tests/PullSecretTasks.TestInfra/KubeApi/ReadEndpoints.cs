using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>GET, LIST and DELETE (registry/generic/registry/store.go Get, List, Delete).</summary>
internal sealed class ReadEndpoints(KubeStore store)
{
    public KubeResponse Get(KubeRequest request)
    {
        var obj = store.Get(request.Kind.Resource, request.Namespace, request.Name!)
            ?? throw KubeStatus.NotFound(request.Kind.Resource, request.Name!);
        lock (store.Gate)
        {
            return new KubeResponse(200, ObjectShape.Canonical(obj));
        }
    }

    public KubeResponse List(KubeRequest request, bool allNamespaces)
    {
        var items = store.List(request.Kind.Resource, allNamespaces ? null : request.Namespace);
        var selector = request.Query("labelSelector");
        var list = new JsonArray();
        foreach (var item in items.Where(i => Matches(i, selector)))
        {
            // Items of a typed list carry no kind or apiVersion.
            item.Remove("kind");
            item.Remove("apiVersion");
            list.Add(item);
        }

        return new KubeResponse(200, new JsonObject
        {
            ["kind"] = request.Kind.Kind + "List",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject { ["resourceVersion"] = store.CurrentRevision },
            ["items"] = list,
        });
    }

    public KubeResponse Delete(KubeRequest request)
    {
        lock (store.Gate)
        {
            var obj = store.Get(request.Kind.Resource, request.Namespace, request.Name!)
                ?? throw KubeStatus.NotFound(request.Kind.Resource, request.Name!);
            var uid = ObjectShape.Meta(obj, "uid");
            if (!request.DryRun)
            {
                store.Remove(request.Kind.Resource, request.Namespace, request.Name!);
                if (request.Kind == ResourceKinds.Namespaces)
                {
                    // The namespace controller would empty it; the fake does so at once.
                    foreach (var kind in new[] { ResourceKinds.Secrets, ResourceKinds.ServiceAccounts })
                    {
                        foreach (var item in store.List(kind.Resource, request.Name))
                        {
                            store.Remove(kind.Resource, request.Name!, ObjectShape.Meta(item, "name"));
                        }
                    }
                }
            }

            // finalizeDelete: a Success Status without a code (apiserver pkg/registry/generic/registry/store.go finalizeDelete).
            return new KubeResponse(200, KubeStatus.DeleteSuccess(request.Kind.Resource, request.Name!, uid));
        }
    }

    // Equality selectors only ("a=b,c!=d"), enough for tests that list by label.
    private static bool Matches(JsonObject obj, string? selector)
    {
        if (string.IsNullOrEmpty(selector))
        {
            return true;
        }

        var labels = obj["metadata"]?["labels"] as JsonObject;
        foreach (var term in selector.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var negate = term.Contains("!=", StringComparison.Ordinal);
            var parts = term.Split(negate ? "!=" : term.Contains("==", StringComparison.Ordinal) ? "==" : "=");
            var actual = labels?[parts[0]]?.GetValue<string>();
            var matches = parts.Length == 1 ? actual is not null : actual == parts[1];
            if (matches == negate)
            {
                return false;
            }
        }

        return true;
    }
}
