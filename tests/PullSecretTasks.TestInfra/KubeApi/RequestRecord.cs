namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>One request the fake received, in arrival order.</summary>
public sealed class RequestRecord
{
    /// <summary>1 for the first request of the server, then increasing.</summary>
    public required long Sequence { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    public required string Method { get; init; }

    /// <summary>The path without the query, e.g. /api/v1/namespaces/ns1/secrets.</summary>
    public required string Path { get; init; }

    /// <summary>The raw query string including '?', or "".</summary>
    public required string Query { get; init; }

    public string? ContentType { get; init; }

    public string? Accept { get; init; }

    public string? UserAgent { get; init; }

    public string? KubectlCommand { get; init; }

    /// <summary>The Authorization scheme sent ("Bearer", "Basic"), or null when there was none; never the value.</summary>
    public string? AuthorizationScheme { get; init; }

    /// <summary>The Host header (or the authority of an absolute-form request line, as sent through a proxy).</summary>
    public string? Host { get; init; }

    /// <summary>The Impersonate-User header, or null.</summary>
    public string? ImpersonateUser { get; init; }

    /// <summary>The body as text; a protobuf body is shown as the JSON it decodes to.</summary>
    public string Body { get; set; } = "";

    public bool BodyWasProtobuf { get; set; }

    /// <summary>The status sent; 0 while in flight or when the connection was dropped.</summary>
    public int StatusCode { get; set; }

    /// <summary>A query parameter's value, or null.</summary>
    public string? QueryValue(string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query).TryGetValue(name, out var v) ? v.ToString() : null;
}
