using System.Text;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>Reading the store directly, for assertions.</summary>
public sealed partial class FakeKubeApiServer
{
    /// <summary>Waits until a request with <paramref name="method"/> whose path holds <paramref name="pathContains"/> has arrived (true), or <paramref name="timeout"/> passed (false).</summary>
    public async Task<bool> WaitForRequestAsync(string method, string pathContains, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var until = DateTime.UtcNow + timeout;
        while (!Requests.Any(r => r.Method == method && r.Path.Contains(pathContains, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow >= until)
            {
                return false;
            }
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>A copy of the stored Secret, or null.</summary>
    public JsonObject? GetSecret(string ns, string name) => Copy(ResourceKinds.Secrets, ns, name);

    /// <summary>A copy of the stored ServiceAccount, or null.</summary>
    public JsonObject? GetServiceAccount(string ns, string name) => Copy(ResourceKinds.ServiceAccounts, ns, name);

    /// <summary>A copy of the stored Namespace, or null.</summary>
    public JsonObject? GetNamespace(string name) => Copy(ResourceKinds.Namespaces, "", name);

    /// <summary>The names in the ServiceAccount's imagePullSecrets, in order (empty when absent).</summary>
    public IReadOnlyList<string> ImagePullSecretNames(string ns, string serviceAccount) => Names(ns, serviceAccount, "imagePullSecrets");

    /// <summary>The names in the ServiceAccount's secrets, in order (empty when absent).</summary>
    public IReadOnlyList<string> SecretNames(string ns, string serviceAccount) => Names(ns, serviceAccount, "secrets");

    /// <summary>One decoded value of a Secret's data as UTF-8 text, or null.</summary>
    public string? SecretDataString(string ns, string name, string key) =>
        GetSecret(ns, name)?["data"]?[key]?.GetValue<string>() is { } b64 ? Encoding.UTF8.GetString(Convert.FromBase64String(b64)) : null;

    /// <summary>The stored resourceVersion of an object, or null.</summary>
    public string? ResourceVersion(string resource, string ns, string name) =>
        store.Get(resource, ns, name) is { } obj ? ObjectShape.Meta(obj, "resourceVersion") : null;

    private IReadOnlyList<string> Names(string ns, string serviceAccount, string list) =>
        (GetServiceAccount(ns, serviceAccount)?[list] as JsonArray)?.Select(i => i?["name"]?.GetValue<string>() ?? "").ToList() ?? [];

    private JsonObject? Copy(ResourceKind kind, string ns, string name)
    {
        lock (store.Gate)
        {
            return store.Get(kind.Resource, ns, name)?.DeepClone() as JsonObject;
        }
    }
}
