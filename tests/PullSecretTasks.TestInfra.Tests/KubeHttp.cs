using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.Tests;

/// <summary>Raw HTTP calls against the fake, returning the status code and the parsed body.</summary>
internal static class KubeHttp
{
    public const string SecretsPath = "/api/v1/namespaces/ns1/secrets";
    public const string BuilderPath = "/api/v1/namespaces/ns1/serviceaccounts/builder";

    public static async Task<(HttpStatusCode Code, JsonObject Body, HttpResponseMessage Response)> SendAsync(
        HttpClient client, HttpMethod method, string path, string? body = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var parsed = response.Content.Headers.ContentType?.MediaType?.StartsWith("application/json", StringComparison.Ordinal) == true
            ? JsonNode.Parse(text) as JsonObject ?? []
            : new JsonObject { ["text"] = text };
        return (response.StatusCode, parsed, response);
    }

    public static Task<(HttpStatusCode Code, JsonObject Body, HttpResponseMessage Response)> PostAsync(HttpClient client, string path, string body) =>
        SendAsync(client, HttpMethod.Post, path, body);

    public static Task<(HttpStatusCode Code, JsonObject Body, HttpResponseMessage Response)> PutAsync(HttpClient client, string path, string body) =>
        SendAsync(client, HttpMethod.Put, path, body);

    public static Task<(HttpStatusCode Code, JsonObject Body, HttpResponseMessage Response)> PatchAsync(HttpClient client, string path, string body, string contentType) =>
        SendAsync(client, HttpMethod.Patch, path, body, contentType);

    public static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>A Secret body for ns1 with one data entry.</summary>
    public static string Secret(string name, string type, string key, string value) =>
        new JsonObject
        {
            ["kind"] = "Secret", ["apiVersion"] = "v1", ["metadata"] = new JsonObject { ["name"] = name },
            ["type"] = type, ["data"] = new JsonObject { [key] = B64(value) },
        }.ToJsonString();

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compact JSON with Go-like escaping (\" rather than \u0022), for exact Status comparisons.</summary>
    public static string Compact(JsonNode node) => node.ToJsonString(Relaxed);

    public static string Message(JsonObject status) => status["message"]!.GetValue<string>();

    public static JsonObject Cause(JsonObject status, int index = 0) => status["details"]!["causes"]![index]!.AsObject();
}
