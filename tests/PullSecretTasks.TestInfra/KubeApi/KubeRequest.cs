using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>One request on its way through the fake: route values, body and the warnings to send back.</summary>
internal sealed class KubeRequest(HttpContext http, RequestRecord record, byte[] body)
{
    public HttpContext Http { get; } = http;

    public RequestRecord Record { get; } = record;

    public byte[] Body { get; } = body;

    public string Method => Http.Request.Method;

    public ResourceKind Kind { get; set; } = ResourceKinds.Secrets;

    public string Namespace { get; set; } = "";

    public string? Name { get; set; }

    public List<string> Warnings { get; } = [];

    public string? Query(string name) => Http.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null;

    // staging/src/k8s.io/apiserver/pkg/endpoints/handlers/rest.go: only "All" is a valid dryRun value.
    public bool DryRun => Query("dryRun") is { } dry && dry.Split(',').Contains("All");

    public string Manager => ManagedFields.ManagerFrom(Query("fieldManager"), Http.Request.Headers.UserAgent.ToString());

    public string MediaType => (Http.Request.ContentType ?? "application/json").Split(';')[0].Trim().ToLowerInvariant();
}

/// <summary>A successful answer.</summary>
internal sealed record KubeResponse(int Code, JsonNode Body, string ContentType = "application/json");
