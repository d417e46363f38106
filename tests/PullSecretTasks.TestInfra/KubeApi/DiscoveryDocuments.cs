using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>/version and discovery, aggregated or legacy as the Accept header asks (apiserver pkg/endpoints/discovery; what kubectl 1.30 asks for with a fresh cache).</summary>
internal static class DiscoveryDocuments
{
    public const string AggregatedContentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

    private static readonly string[] Verbs = ["create", "delete", "get", "list", "patch", "update", "watch"];

    public static JsonObject Version(string minor) => new()
    {
        ["major"] = "1",
        ["minor"] = minor,
        ["gitVersion"] = $"v1.{minor}.0",
        ["gitCommit"] = "fake",
        ["gitTreeState"] = "clean",
        ["buildDate"] = "2025-01-01T00:00:00Z",
        ["goVersion"] = "go1.23.0",
        ["compiler"] = "gc",
        ["platform"] = "linux/amd64",
    };

    public static bool WantsAggregated(string? accept) => accept?.Contains("as=APIGroupDiscoveryList", StringComparison.Ordinal) == true;

    public static KubeResponse Api(string? accept, string hostPort)
    {
        if (!WantsAggregated(accept))
        {
            return new KubeResponse(200, new JsonObject
            {
                ["kind"] = "APIVersions",
                ["versions"] = new JsonArray("v1"),
                ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = hostPort }),
            });
        }

        var resources = new JsonArray(ResourceKinds.All.Select(k => (JsonNode)AggregatedResource(k)).ToArray());
        var group = new JsonObject
        {
            ["metadata"] = new JsonObject { ["creationTimestamp"] = null },
            ["versions"] = new JsonArray(new JsonObject { ["version"] = "v1", ["freshness"] = "Current", ["resources"] = resources }),
        };
        return Aggregated([group]);
    }

    public static KubeResponse Apis(string? accept) => WantsAggregated(accept)
        ? Aggregated([])
        : new KubeResponse(200, new JsonObject { ["kind"] = "APIGroupList", ["apiVersion"] = "v1", ["groups"] = new JsonArray() });

    public static KubeResponse CoreV1() => new(200, new JsonObject
    {
        ["kind"] = "APIResourceList",
        ["groupVersion"] = "v1",
        ["resources"] = new JsonArray(ResourceKinds.All.Select(k => (JsonNode)new JsonObject
        {
            ["name"] = k.Resource,
            ["singularName"] = k.Singular,
            ["namespaced"] = k.Namespaced,
            ["kind"] = k.Kind,
            ["verbs"] = new JsonArray(Verbs.Select(v => (JsonNode)v).ToArray()),
            ["shortNames"] = new JsonArray(k.ShortNames.Select(s => (JsonNode)s).ToArray()),
        }).ToArray()),
    });

    private static KubeResponse Aggregated(JsonNode[] items) => new(200, new JsonObject
    {
        ["kind"] = "APIGroupDiscoveryList",
        ["apiVersion"] = "apidiscovery.k8s.io/v2",
        ["metadata"] = new JsonObject(),
        ["items"] = new JsonArray(items),
    }, AggregatedContentType);

    private static JsonObject AggregatedResource(ResourceKind kind)
    {
        var resource = new JsonObject
        {
            ["resource"] = kind.Resource,
            ["singularResource"] = kind.Singular,
            ["scope"] = kind.Namespaced ? "Namespaced" : "Cluster",
            ["responseKind"] = new JsonObject { ["group"] = "", ["version"] = "v1", ["kind"] = kind.Kind },
            ["verbs"] = new JsonArray(Verbs.Select(v => (JsonNode)v).ToArray()),
        };
        if (kind.ShortNames.Length > 0)
        {
            resource["shortNames"] = new JsonArray(kind.ShortNames.Select(s => (JsonNode)s).ToArray());
        }

        return resource;
    }
}
