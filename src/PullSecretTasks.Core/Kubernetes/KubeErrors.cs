using System.Net;
using k8s.Autorest;
using k8s.Models;
using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Maps API failures to PSEC2xxx. KubernetesClient throws HttpOperationException with the raw body and no
/// retry; the body is parsed as a metav1.Status (kubernetes/apimachinery pkg/apis/meta/v1/types.go), or taken as text (a 429 from
/// max-in-flight is text/plain). Messages name the verb, resource, namespace and the next step.
/// </summary>
internal static class KubeErrors
{
    public static int Status(HttpOperationException ex) => (int)(ex.Response?.StatusCode ?? 0);

    public static bool IsNotFound(Exception ex) => ex is HttpOperationException h && Status(h) == 404;

    public static bool IsConflict(Exception ex) => ex is HttpOperationException h && Status(h) == 409;

    public static V1Status? ReadStatus(HttpOperationException ex)
    {
        var content = ex.Response?.Content;
        if (string.IsNullOrWhiteSpace(content) || !content.TrimStart().StartsWith('{'))
        {
            return null;
        }
        try
        {
            return KubeJson.Deserialize<V1Status>(content);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The API's own words, without any request content.</summary>
    public static string ServerMessage(HttpOperationException ex)
    {
        var status = ReadStatus(ex);
        var message = status?.Message ?? ex.Response?.ReasonPhrase ?? "";
        if (status?.Details?.Causes is { Count: > 0 } causes && status.Code == 422)
        {
            message += " (" + string.Join("; ", causes.Select(c => $"{c.Field}: {c.Message}")) + ")";
        }
        return message.Length > 0 ? message : $"HTTP {Status(ex)}";
    }

    public static PullSecretException Map(HttpOperationException ex, KubeOperation op, string host) => Status(ex) switch
    {
        401 => new PullSecretException(ErrorCodes.Unauthorized,
            $"The API server {host} rejected the kubeconfig's credentials (401 Unauthorized) while trying to {op.Describe}. Log in again (oc login, or refresh the token), or pick another context.", Setting.KubeContext),
        403 => new PullSecretException(ErrorCodes.Forbidden,
            $"Forbidden: cannot {op.Describe}: {ServerMessage(ex)}. Grant a Role with verbs [{Rbac(op)}] on {op.Resource} in namespace {op.Namespace} (see the README's RBAC section)."),
        404 when op.Verb == "create" => new PullSecretException(ErrorCodes.NamespaceNotFound,
            $"Cannot {op.Describe}: {ServerMessage(ex)}. Create the namespace first (kubectl create namespace {op.Namespace}), or check the namespace.", Setting.Namespaces),
        404 => new PullSecretException(ErrorCodes.NotFound, $"Cannot {op.Describe}: {ServerMessage(ex)}."),
        409 => new PullSecretException(ErrorCodes.Conflict,
            $"Cannot {op.Describe}: {ServerMessage(ex)}. Another writer kept changing it; run the command again."),
        422 => new PullSecretException(ErrorCodes.Invalid, $"The API server refused to {op.Describe}: {ServerMessage(ex)}."),
        _ => new PullSecretException(ErrorCodes.ServerError,
            $"The API server {host} failed to {op.Describe}: HTTP {Status(ex)} {ServerMessage(ex)}. Run the command again; it converges."),
    };

    // What the whole run needs on the resource, plus the verb that was refused (delete, for an overwrite).
    private static string Rbac(KubeOperation op)
    {
        List<string> verbs = op.Resource == "secrets" ? ["get", "create", "update"] : ["get", "update"];
        if (!verbs.Contains(op.Verb))
        {
            verbs.Add(op.Verb);
        }
        return string.Join(", ", verbs);
    }

    public static bool IsTransient(Exception ex, CancellationToken ct) => ex switch
    {
        HttpOperationException h => Status(h) is 429 or 500 or 502 or 503 or 504,
        HttpRequestException r when IsTlsFailure(r) => false,
        HttpRequestException or IOException => true,
        TaskCanceledException or OperationCanceledException => !ct.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The TLS handshake failed: an untrusted certificate or a name that does not match; retrying cannot help.</summary>
    public static bool IsTlsFailure(Exception ex) =>
        ex is HttpRequestException { InnerException: System.Security.Authentication.AuthenticationException };

    /// <summary>Retry-After in seconds (429 and 503 send it), else null.</summary>
    public static TimeSpan? RetryAfter(Exception ex)
    {
        if (ex is not HttpOperationException h || h.Response?.Headers is not { } headers)
        {
            return null;
        }
        foreach (var (key, values) in headers)
        {
            if (string.Equals(key, "Retry-After", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(values.FirstOrDefault(), out var seconds) && seconds >= 0)
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }
        return ReadStatus(h)?.Details?.RetryAfterSeconds is int s and > 0 ? TimeSpan.FromSeconds(s) : null;
    }

    public static string Describe(Exception ex) => ex switch
    {
        HttpOperationException h => $"HTTP {Status(h)} {ServerMessage(h)}",
        HttpRequestException { StatusCode: HttpStatusCode code } => $"HTTP {(int)code}",
        HttpRequestException r => $"connection failed ({r.HttpRequestError})",
        IOException => "connection dropped",
        _ => "request timed out",
    };
}
