using System.Globalization;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// The objects, guarded by one lock. resourceVersion is one increasing integer across the server,
/// like etcd's revision (apiserver pkg/registry/generic/registry/store.go, storage/etcd3/store.go): clients only compare it for equality.
/// </summary>
internal sealed class KubeStore
{
    private readonly Dictionary<(string Resource, string Namespace, string Name), JsonObject> objects = [];
    private long revision = 1000;

    public Lock Gate { get; } = new();

    public string CurrentRevision
    {
        get
        {
            lock (Gate)
            {
                return revision.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The stored object itself; callers hold <see cref="Gate"/> and clone before changing it.</summary>
    public JsonObject? Get(string resource, string ns, string name)
    {
        lock (Gate)
        {
            return objects.GetValueOrDefault((resource, ns, name));
        }
    }

    public List<JsonObject> List(string resource, string? ns)
    {
        lock (Gate)
        {
            return objects.Where(p => p.Key.Resource == resource && (ns is null || p.Key.Namespace == ns))
                .OrderBy(p => p.Key.Namespace, StringComparer.Ordinal).ThenBy(p => p.Key.Name, StringComparer.Ordinal)
                .Select(p => (JsonObject)p.Value.DeepClone()).ToList();
        }
    }

    /// <summary>Stores the object with a new resourceVersion, or the one it carries when seeding a fixture.</summary>
    public JsonObject Put(string resource, string ns, string name, JsonObject obj, bool keepResourceVersion = false)
    {
        lock (Gate)
        {
            var meta = obj["metadata"]!.AsObject();
            if (keepResourceVersion && long.TryParse(meta["resourceVersion"]?.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var seeded))
            {
                revision = Math.Max(revision, seeded);
            }
            else
            {
                meta["resourceVersion"] = NextRevision();
            }

            objects[(resource, ns, name)] = obj;
            return (JsonObject)obj.DeepClone();
        }
    }

    public bool Remove(string resource, string ns, string name)
    {
        lock (Gate)
        {
            return objects.Remove((resource, ns, name));
        }
    }

    public string NextRevision()
    {
        lock (Gate)
        {
            return (++revision).ToString(CultureInfo.InvariantCulture);
        }
    }
}
