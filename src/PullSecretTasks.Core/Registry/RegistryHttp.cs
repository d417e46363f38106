using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace PullSecretTasks.Registry;

/// <summary>
/// The HTTP side of the registry checks: one verified and, when needed, one unverified connection pool per run, each
/// request bounded by the run's deadline, answers read only as far as a token reply can reasonably be (64 KiB).
/// Credentials only ever travel in an Authorization header or a form body, never in a URL, so no exception message
/// can carry them.
/// </summary>
internal sealed class RegistryHttp : IDisposable
{
    private const int MaxBody = 64 * 1024;
    private static readonly string UserAgent = $"pullsecret/{typeof(RegistryHttp).Assembly.GetName().Version?.ToString(3) ?? "0"}";
    private readonly RunDeadline deadline;
    private readonly Lazy<HttpClient> verified;
    private readonly Lazy<HttpClient> unverified;

    public RegistryHttp(RunDeadline deadline)
    {
        this.deadline = deadline;
        verified = new(() => Client(checkCertificate: true));
        unverified = new(() => Client(checkCertificate: false));
    }

    /// <summary>Sends a request; a null answer means the deadline passed. Connection failures throw HttpRequestException.</summary>
    public async Task<Answer?> SendAsync(HttpMethod method, Uri uri, bool insecure, AuthenticationHeaderValue? authorization,
        IReadOnlyDictionary<string, string>? form, IReadOnlyList<string>? accept, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        request.Headers.Authorization = authorization;
        foreach (var type in accept ?? [])
        {
            request.Headers.Accept.ParseAdd(type);
        }
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(deadline.Remaining);
        try
        {
            using var response = await (insecure ? unverified : verified).Value
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var challenges = response.Headers.TryGetValues("WWW-Authenticate", out var values) ? AuthChallenge.Parse(values) : [];
            var body = method == HttpMethod.Head ? "" : await ReadBoundedAsync(response, timeout.Token).ConfigureAwait(false);
            return new Answer(response.StatusCode, challenges, body);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>An Authorization header for Basic auth.</summary>
    public static AuthenticationHeaderValue Basic(string username, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));

    public void Dispose()
    {
        if (verified.IsValueCreated)
        {
            verified.Value.Dispose();
        }
        if (unverified.IsValueCreated)
        {
            unverified.Value.Dispose();
        }
    }

    private static async Task<string> ReadBoundedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var buffer = new byte[MaxBody];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), ct).ConfigureAwait(false)) > 0)
        {
            length += read;
        }
        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    private static HttpClient Client(bool checkCertificate)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.None,
            // Redirects drop the Authorization header (.NET does), so a token server that redirects still works.
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
        };
        if (!checkCertificate)
        {
            // Only for loopback and names the user listed as insecure, as docker treats them.
            handler.SslOptions.RemoteCertificateValidationCallback = static (_, _, _, _) => true;
        }
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>What came back: the status, the parsed challenges and the first 64 KiB of the body.</summary>
    public sealed record Answer(HttpStatusCode Status, IReadOnlyList<AuthChallenge> Challenges, string Body)
    {
        public bool IsSuccess => (int)Status is >= 200 and < 300;
    }
}
