using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>The request pipeline: log, faults, authentication, authorization, routing, Status on failure.</summary>
internal sealed class KubeApiHandler(FakeKubeApiServerOptions options, KubeStore store, FaultList faults, RequestLog log)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly WriteEndpoints writes = new(store);
    private readonly ReadEndpoints reads = new(store);

    public async Task HandleAsync(HttpContext http)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var record = log.Start(http, buffer.ToArray());
        var request = new KubeRequest(http, record, buffer.ToArray());
        try
        {
            if (faults.Match(http.Request.Method, http.Request.Path.Value ?? "") is { } fault && await ApplyFaultAsync(request, fault))
            {
                return;
            }

            var response = Route(request);
            await WriteAsync(request, response.Code, response.Body, response.ContentType);
        }
        catch (KubeStatusException ex)
        {
            await WriteAsync(request, ex.Code, ex.Status, "application/json");
        }
    }

    private KubeResponse Route(KubeRequest request)
    {
        var path = request.Http.Request.Path.Value ?? "/";
        var method = request.Method;
        if (path == "/version")
        {
            // system:public-info-viewer lets anyone read /version; the dispatcher calls it before choosing a kubectl.
            return method == "GET" ? new KubeResponse(200, DiscoveryDocuments.Version(options.ServerMinorVersion)) : throw KubeStatus.MethodNotAllowed();
        }

        var authorization = request.Http.Request.Headers.Authorization.ToString();
        if (options.BearerToken is { } token && authorization != $"Bearer {token}")
        {
            throw KubeStatus.Unauthorized();
        }

        var segments = path.Trim('/').Split('/');
        var accept = request.Http.Request.Headers.Accept.ToString();
        switch (segments)
        {
            case ["api"] when method == "GET":
                return DiscoveryDocuments.Api(accept, $"{request.Http.Request.Host}");
            case ["apis"] when method == "GET":
                return DiscoveryDocuments.Apis(accept);
            case ["api", "v1"] when method == "GET":
                return DiscoveryDocuments.CoreV1();
            case ["api", "v1", var resource]:
                request.Kind = ResourceKinds.Find(resource) ?? throw KubeStatus.NotFoundPath();
                return Resource(request, clusterScope: true);
            case ["api", "v1", "namespaces", var ns]:
                request.Kind = ResourceKinds.Namespaces;
                request.Name = ns;
                return Resource(request, clusterScope: true);
            case ["api", "v1", "namespaces", var ns, var resource, ..] when segments.Length <= 6:
                request.Kind = ResourceKinds.Find(resource) is { Namespaced: true } kind ? kind : throw KubeStatus.NotFoundPath();
                request.Namespace = ns;
                request.Name = segments.Length == 6 ? segments[5] : null;
                return Resource(request, clusterScope: false);
            default:
                throw KubeStatus.NotFoundPath();
        }
    }

    private KubeResponse Resource(KubeRequest request, bool clusterScope)
    {
        var method = request.Method;
        var verb = (method, request.Name) switch
        {
            ("GET", null) => request.Query("watch") is "true" or "1" ? "watch" : "list",
            ("GET", _) => "get",
            ("POST", null) => "create",
            ("PUT", not null) => "update",
            ("PATCH", not null) => "patch",
            ("DELETE", not null) => "delete",
            _ => throw KubeStatus.MethodNotAllowed(),
        };
        if (faults.IsForbidden(verb, request.Kind.Resource))
        {
            var ns = request.Kind.Namespaced && !clusterScope ? request.Namespace : null;
            throw KubeStatus.Forbidden(options.UserName, verb, request.Kind.Resource, ns, request.Name);
        }

        return verb switch
        {
            "list" => reads.List(request, allNamespaces: clusterScope),
            "get" => reads.Get(request),
            "create" => writes.Create(request),
            "update" => writes.Update(request),
            "patch" => new PatchEndpoint(store, writes).Patch(request),
            "delete" => reads.Delete(request),
            _ => throw KubeStatus.MethodNotAllowed(),
        };
    }

    private async Task<bool> ApplyFaultAsync(KubeRequest request, Fault fault)
    {
        if (fault.Delay > TimeSpan.Zero)
        {
            await Task.Delay(fault.Delay, request.Http.RequestAborted);
        }

        if (fault.DropConnection)
        {
            request.Http.Abort();
            return true;
        }

        if (fault.StatusCode is not { } code)
        {
            return false;
        }

        var retry = fault.RetryAfterSeconds ?? 0;
        if (retry > 0)
        {
            request.Http.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (code == 429 && fault.PlainText429)
        {
            // maxinflight.go tooManyRequests: plain text, not a Status.
            request.Record.StatusCode = 429;
            request.Http.Response.StatusCode = 429;
            request.Http.Response.ContentType = "text/plain; charset=utf-8";
            await request.Http.Response.WriteAsync(fault.Message ?? "Too many requests, please try again later.\n");
            return true;
        }

        var status = FaultStatus(request, code, retry, fault.Message);
        await WriteAsync(request, code, status.Status, "application/json");
        return true;
    }

    private static KubeStatusException FaultStatus(KubeRequest request, int code, int retry, string? message)
    {
        var segments = (request.Http.Request.Path.Value ?? "").Trim('/').Split('/');
        var (resource, name) = segments.Length >= 6 ? (segments[4], segments[5]) : (segments[^1], "");
        if (code == 409 && message is null)
        {
            return KubeStatus.Conflict(resource, name);
        }

        var (reason, text) = code switch
        {
            429 => ("TooManyRequests", "the server has received too many requests and has asked us to try again later"),
            500 => ("InternalError", "an error on the server (\"fake\") has prevented the request from succeeding"),
            503 => ("ServiceUnavailable", "the server is currently unable to handle the request"),
            409 => ("Conflict", ""),
            403 => ("Forbidden", ""),
            _ => ("", $"fault {code}"),
        };
        return KubeStatus.Failure(code, reason, message ?? text, KubeStatus.Details(name, resource, retryAfter: retry));
    }

    private static async Task WriteAsync(KubeRequest request, int code, JsonNode body, string contentType)
    {
        var response = request.Http.Response;
        foreach (var warning in request.Warnings)
        {
            response.Headers.Append("Warning", $"299 - \"{warning.Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        }

        request.Record.StatusCode = code;
        response.StatusCode = code;
        response.ContentType = contentType;
        // A known length and one write: Kestrel then sends headers and body in one segment, as Go's net/http does for
        // small replies. Chunked or split writes would meet the client's delayed ACK and add about 40 ms to each reply.
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(Json));
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }
}
