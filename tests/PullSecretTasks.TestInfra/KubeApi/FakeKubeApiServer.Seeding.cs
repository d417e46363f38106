using System.Text;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>Seeding: objects placed in the store directly, without requests or validation.</summary>
public sealed partial class FakeKubeApiServer
{
    private const string NameChars = "bcdfghjklmnpqrstvwxz2456789";

    /// <summary>Creates a namespace (phase Active).</summary>
    public JsonObject SeedNamespace(string name) => Seed(ResourceKinds.Namespaces, "", new JsonObject
    {
        ["metadata"] = new JsonObject { ["name"] = name },
        ["spec"] = new JsonObject { ["finalizers"] = new JsonArray("kubernetes") },
        ["status"] = new JsonObject { ["phase"] = "Active" },
    });

    /// <summary>Stores a Secret as given (a JSON object shaped like v1.Secret); metadata.resourceVersion is kept when set.</summary>
    public JsonObject SeedSecret(string ns, JsonObject secret) => Seed(ResourceKinds.Secrets, ns, secret);

    /// <summary>Stores a Secret whose data values are given as text.</summary>
    public JsonObject SeedSecret(string ns, string name, string type = "Opaque", IReadOnlyDictionary<string, string>? data = null, bool? immutable = null)
    {
        var secret = new JsonObject { ["metadata"] = new JsonObject { ["name"] = name }, ["type"] = type };
        if (data is not null)
        {
            secret["data"] = new JsonObject(data.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Convert.ToBase64String(Encoding.UTF8.GetBytes(p.Value)))));
        }

        if (immutable is { } value)
        {
            secret["immutable"] = value;
        }

        return SeedSecret(ns, secret);
    }

    /// <summary>Stores a ServiceAccount with the given list entries (null leaves a list out, as the server omits empty lists).</summary>
    public JsonObject SeedServiceAccount(string ns, string name, IEnumerable<string>? secrets = null, IEnumerable<string>? imagePullSecrets = null, string? resourceVersion = null)
    {
        var meta = new JsonObject { ["name"] = name };
        if (resourceVersion is not null)
        {
            meta["resourceVersion"] = resourceVersion;
        }

        var sa = new JsonObject { ["metadata"] = meta };
        if (secrets is not null)
        {
            sa["secrets"] = References(secrets);
        }

        if (imagePullSecrets is not null)
        {
            sa["imagePullSecrets"] = References(imagePullSecrets);
        }

        return SeedServiceAccount(ns, sa);
    }

    /// <summary>Stores a ServiceAccount given as a JSON object shaped like v1.ServiceAccount.</summary>
    public JsonObject SeedServiceAccount(string ns, JsonObject serviceAccount) => Seed(ResourceKinds.ServiceAccounts, ns, serviceAccount);

    /// <summary>
    /// An OpenShift project: the namespace, SAs default, builder and deployer; builder and deployer each own a
    /// <c>&lt;sa&gt;-dockercfg-xxxxx</c> secret of type kubernetes.io/dockercfg listed in both secrets and imagePullSecrets
    /// (openshift/openshift-controller-manager pkg/serviceaccounts/controllers, pkg/internalregistry/controllers).
    /// </summary>
    public OpenShiftNamespace SeedOpenShiftNamespace(string ns, string? suffix = null)
    {
        SeedNamespace(ns);
        SeedServiceAccount(ns, "default");
        var names = new List<string>();
        foreach (var sa in new[] { "builder", "deployer" })
        {
            var secret = SeedOpenShiftDockercfg(ns, sa, suffix);
            SeedServiceAccount(ns, sa, [secret], [secret]);
            names.Add(secret);
        }

        return new OpenShiftNamespace(ns, names[0], names[1]);
    }

    /// <summary>
    /// Fixture S0 of the server's own tests: namespace ns1 (nsX absent); ns1/builder at resourceVersion "100" with
    /// builder-dockercfg-abcde in both lists; ns1/default without lists; Opaque ns1/existing; immutable ns1/frozen with data a=YQ==.
    /// </summary>
    public void SeedFixtureS0()
    {
        SeedNamespace("ns1");
        SeedOpenShiftDockercfg("ns1", "builder", "abcde");
        SeedServiceAccount("ns1", "builder", ["builder-dockercfg-abcde"], ["builder-dockercfg-abcde"], resourceVersion: "100");
        SeedServiceAccount("ns1", "default");
        SeedSecret("ns1", "existing", data: new Dictionary<string, string> { ["k"] = "v" });
        SeedSecret("ns1", "frozen", data: new Dictionary<string, string> { ["a"] = "a" }, immutable: true);
    }

    /// <summary>Creates the ServiceAccount after a delay, as OpenShift's controller creates builder shortly after the project.</summary>
    public Task SeedServiceAccountAfter(TimeSpan delay, string ns, string name, IEnumerable<string>? secrets = null, IEnumerable<string>? imagePullSecrets = null) =>
        SeedAfter(delay, server => server.SeedServiceAccount(ns, name, secrets, imagePullSecrets));

    /// <summary>Runs a seeding action after a delay (cancelled when the server is disposed); the task ends when it ran.</summary>
    public Task SeedAfter(TimeSpan delay, Action<FakeKubeApiServer> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return Task.Run(async () =>
        {
            await Task.Delay(delay, disposing.Token);
            seed(this);
        });
    }

    private string SeedOpenShiftDockercfg(string ns, string sa, string? suffix)
    {
        var name = $"{sa}-dockercfg-{suffix ?? new string(Enumerable.Range(0, 5).Select(_ => NameChars[Random.Shared.Next(NameChars.Length)]).ToArray())}";
        var dockercfg = "{\"image-registry.openshift-image-registry.svc:5000\":{\"auth\":\"PHRva2VuPjpmYWtl\"}}";
        SeedSecret(ns, new JsonObject
        {
            ["metadata"] = new JsonObject
            {
                ["name"] = name,
                ["annotations"] = new JsonObject
                {
                    ["kubernetes.io/service-account.name"] = sa,
                    ["openshift.io/internal-registry-auth-token.service-account"] = sa,
                },
            },
            ["type"] = "kubernetes.io/dockercfg",
            ["data"] = new JsonObject { [".dockercfg"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(dockercfg)) },
        });
        return name;
    }

    private static JsonArray References(IEnumerable<string> names) =>
        new(names.Select(n => (JsonNode)new JsonObject { ["name"] = n }).ToArray());

    private JsonObject Seed(ResourceKind kind, string ns, JsonObject obj)
    {
        var copy = (JsonObject)obj.DeepClone();
        ObjectShape.ApplyDefaults(copy, kind);
        var meta = copy["metadata"]!.AsObject();
        if (kind.Namespaced)
        {
            meta["namespace"] = ns;
        }

        meta["uid"] ??= Guid.NewGuid().ToString();
        meta["creationTimestamp"] ??= WriteEndpoints.Timestamp();
        var name = ObjectShape.Meta(copy, "name");
        return store.Put(kind.Resource, ns, name, ObjectShape.Canonical(copy), keepResourceVersion: true);
    }
}
