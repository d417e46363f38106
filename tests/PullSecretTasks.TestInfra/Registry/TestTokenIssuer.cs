using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PullSecretTasks.TestInfra.Registry;

/// <summary>
/// A token server for Docker Distribution's token auth (distribution/distribution docs/content/spec/auth/token.md and
/// oauth.md): GET with Basic auth, or an OAuth2 password grant POSTed as a form. It signs RS256 JWTs whose header
/// carries the signing certificate (<c>x5c</c>), which the registry trusts through <c>rootcertbundle</c>
/// (registry/auth/token/token.go VerifySigningKey), with the claims it checks: iss, aud (the service), exp, nbf and
/// the granted access. It listens on 127.0.0.2, another loopback host than the registry's, so the registry's realm is a
/// delegated auth host. Users are granted the actions they are allowed, as real token servers grant fewer scopes than
/// asked for without an error.
/// </summary>
public sealed class TestTokenIssuer : IAsyncDisposable
{
    /// <summary>The <c>iss</c> claim, which the registry config names as its issuer.</summary>
    public const string Issuer = "pullsecret-test-issuer";

    /// <summary>The <c>service</c> the registry names in its challenge, and the token's audience.</summary>
    public const string Service = "pullsecret-test-registry";

    private readonly WebApplication app;
    private readonly Dictionary<string, (string Password, string[] Actions)> users;
    private readonly RSA key = RSA.Create(2048);
    private readonly X509Certificate2 certificate;
    private readonly List<string> requests = [];

    private TestTokenIssuer(IReadOnlyDictionary<string, (string Password, string[] Actions)> users, string directory)
    {
        this.users = new(users, StringComparer.Ordinal);
        var request = new CertificateRequest("CN=pullsecret test token issuer", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        RootCertBundlePath = Path.Combine(directory, "token-issuer.pem");
        File.WriteAllText(RootCertBundlePath, certificate.ExportCertificatePem());
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseSockets(sockets => sockets.NoDelay = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse("127.0.0.2"), 0));
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>The realm URL, <c>http://127.0.0.2:PORT/token</c>.</summary>
    public Uri Realm { get; private set; } = null!;

    /// <summary>The PEM certificate the registry's <c>rootcertbundle</c> names.</summary>
    public string RootCertBundlePath { get; }

    /// <summary>False answers every POST with 404, as GCR's token endpoint does (GET only).</summary>
    public bool AcceptsPost { get; set; } = true;

    /// <summary>"METHOD user" per token request so far (the user "-" when none was sent); never a password.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Starts an issuer for <paramref name="users"/> (user to password and the repository actions it may have).</summary>
    public static async Task<TestTokenIssuer> StartAsync(string directory, IReadOnlyDictionary<string, (string Password, string[] Actions)> users)
    {
        Directory.CreateDirectory(directory);
        var issuer = new TestTokenIssuer(users, directory);
        await issuer.app.StartAsync().ConfigureAwait(false);
        var address = issuer.app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        issuer.Realm = new Uri($"http://127.0.0.2:{new Uri(address).Port}/token");
        return issuer;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync().ConfigureAwait(false);
        certificate.Dispose();
        key.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path != "/token")
        {
            context.Response.StatusCode = 404;
            return;
        }
        string? user, password;
        IEnumerable<string> scopes;
        if (HttpMethods.IsPost(context.Request.Method) && !AcceptsPost)
        {
            lock (requests)
            {
                requests.Add("POST refused");
            }
            context.Response.StatusCode = 404;
            return;
        }
        if (HttpMethods.IsPost(context.Request.Method))
        {
            var form = await context.Request.ReadFormAsync().ConfigureAwait(false);
            if (form["grant_type"] != "password")
            {
                await ErrorAsync(context, 400, "unsupported_grant_type").ConfigureAwait(false);
                return;
            }
            (user, password) = (form["username"], form["password"]);
            scopes = form["scope"].SelectMany(s => (s ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        else
        {
            (user, password) = BasicCredential(context.Request.Headers.Authorization);
            scopes = context.Request.Query["scope"].SelectMany(s => (s ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        lock (requests)
        {
            requests.Add($"{context.Request.Method} {user ?? "-"}");
        }
        string[] allowed = [];
        if (user is not null)
        {
            if (!users.TryGetValue(user, out var known) || known.Password != password)
            {
                await ErrorAsync(context, 401, "invalid_grant").ConfigureAwait(false);
                return;
            }
            allowed = known.Actions;
        }
        var token = Sign(user ?? "", Access(scopes, allowed));
        context.Response.ContentType = "application/json";
        var body = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["token"] = token,
            ["access_token"] = token,
            ["expires_in"] = 300,
            ["issued_at"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), // RFC 3339, as Go parses it
        });
        context.Response.ContentLength = Encoding.UTF8.GetByteCount(body);
        await context.Response.WriteAsync(body).ConfigureAwait(false);
    }

    // scope = repository:NAME:ACTIONS (docs/content/spec/auth/scope.md); granted = asked ∩ allowed.
    private static List<object> Access(IEnumerable<string> scopes, string[] allowed)
    {
        var access = new List<object>();
        foreach (var scope in scopes)
        {
            var parts = scope.Split(':');
            if (parts.Length < 3 || parts[0] != "repository")
            {
                continue;
            }
            var name = string.Join(':', parts[1..^1]);
            var actions = parts[^1].Split(',').Where(allowed.Contains).ToArray();
            access.Add(new Dictionary<string, object> { ["type"] = "repository", ["name"] = name, ["actions"] = actions });
        }
        return access;
    }

    private string Sign(string subject, List<object> access)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new Dictionary<string, object>
        {
            ["typ"] = "JWT",
            ["alg"] = "RS256",
            ["x5c"] = new[] { Convert.ToBase64String(certificate.RawData) },
        };
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["sub"] = subject,
            ["aud"] = Service,
            ["exp"] = now + 300,
            ["nbf"] = now - 10,
            ["iat"] = now,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["access"] = access,
        };
        var signed = $"{Base64Url(JsonSerializer.SerializeToUtf8Bytes(header))}.{Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        var signature = key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{signed}.{Base64Url(signature)}";
    }

    private static (string? User, string? Password) BasicCredential(string? header)
    {
        if (header is null || !header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (decoded, "") : (decoded[..colon], decoded[(colon + 1)..]);
    }

    private static async Task ErrorAsync(HttpContext context, int status, string error)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"error\":\"{error}\"}}").ConfigureAwait(false);
    }

    private static string Base64Url(byte[] bytes) => Secrets.TestJwt.Base64Url(bytes);
}
