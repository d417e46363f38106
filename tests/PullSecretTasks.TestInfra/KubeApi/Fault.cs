namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// A misbehaviour applied to matching requests before normal handling. A fault with only <see cref="Delay"/>
/// slows the request down and then lets it through.
/// </summary>
public sealed class Fault
{
    /// <summary>HTTP method to match (case-insensitive), or null for any.</summary>
    public string? Method { get; init; }

    /// <summary>Substring of the path to match, or null for any.</summary>
    public string? PathContains { get; init; }

    /// <summary>How many requests it hits; null means every one.</summary>
    public int? Times { get; init; } = 1;

    /// <summary>Answer with this status: 409 gives a Conflict Status, 429 TooManyRequests, 500 InternalError, 503 ServiceUnavailable.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Adds a Retry-After header (and details.retryAfterSeconds); client-go retries 429/5xx that carry it.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Wait this long first.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Abort the connection without an answer.</summary>
    public bool DropConnection { get; init; }

    /// <summary>A 429 as max-in-flight sends it: text/plain "Too many requests, please try again later." (apiserver pkg/server/filters/maxinflight.go).</summary>
    public bool PlainText429 { get; init; }

    /// <summary>Overrides the Status message.</summary>
    public string? Message { get; init; }

    private int hits;

    /// <summary>How many requests this fault has hit.</summary>
    public int Hits => Volatile.Read(ref hits);

    internal bool TryHit(string method, string path)
    {
        if ((Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) ||
            (PathContains is not null && !path.Contains(PathContains, StringComparison.Ordinal)))
        {
            return false;
        }

        var count = Interlocked.Increment(ref hits);
        if (Times is { } max && count > max)
        {
            Interlocked.Decrement(ref hits);
            return false;
        }

        return true;
    }
}
