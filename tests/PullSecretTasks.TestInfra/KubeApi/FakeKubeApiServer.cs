using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// An in-memory Kubernetes API server on loopback for namespaces, secrets and serviceaccounts, faithful to the
/// behaviours kube-apiserver has (validation, Status bodies, resourceVersion, patch semantics; each class cites its upstream source), with seeding,
/// fault injection and a request log. Start one per test; dispose it at the end.
/// </summary>
public sealed partial class FakeKubeApiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TestCertificateAuthority? authority;
    private readonly KubeStore store = new();
    private readonly RequestLog log = new();
    private readonly CancellationTokenSource disposing = new();

    private FakeKubeApiServer(FakeKubeApiServerOptions options)
    {
        Options = options;
        authority = options.Https ? TestCertificateAuthority.Create() : null;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        // TCP_NODELAY, as Go servers set it: no Nagle delay on replies (Kestrel's default, stated so it stays).
        builder.WebHost.UseSockets(sockets => sockets.NoDelay = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (authority is not null)
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                listen.UseHttps(authority.Server);
            }
            else
            {
                listen.Protocols = HttpProtocols.Http1;
            }
        }));
        app = builder.Build();
        var handler = new KubeApiHandler(options, store, Faults, log);
        app.Run(handler.HandleAsync);
    }

    /// <summary>The options the server was started with.</summary>
    public FakeKubeApiServerOptions Options { get; }

    /// <summary>The base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Uri { get; private set; } = null!;

    /// <summary>The PEM of the generated CA when <see cref="FakeKubeApiServerOptions.Https"/> is on, else null.</summary>
    public string? CaCertificatePem => authority?.CaPem;

    /// <summary>The token clients must send, or null when authentication is off.</summary>
    public string? BearerToken => Options.BearerToken;

    /// <summary>Faults applied to matching requests.</summary>
    public FaultList Faults { get; } = new();

    /// <summary>A snapshot of every request received so far, in arrival order.</summary>
    public IReadOnlyList<RequestRecord> Requests => log.Snapshot();

    /// <summary>Starts a server on 127.0.0.1 with a free port.</summary>
    public static async Task<FakeKubeApiServer> StartAsync(FakeKubeApiServerOptions? options = null)
    {
        var server = new FakeKubeApiServer(options ?? new FakeKubeApiServerOptions());
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)).Port;
        server.Uri = new Uri($"{(server.authority is null ? "http" : "https")}://127.0.0.1:{port}/");
        return server;
    }

    /// <summary>Forgets the request log (faults and objects stay).</summary>
    public void ClearRequests() => log.Clear();

    /// <summary>Writes the request log as JSON lines, one request per line.</summary>
    public void WriteRequestLog(string path) => log.WriteJsonLines(path);

    /// <summary>Answers the next <paramref name="times"/> PUTs whose path contains <paramref name="pathContains"/> with 409 Conflict.</summary>
    public Fault ConflictNextUpdate(string pathContains, int times = 1) =>
        Faults.Add(new Fault { Method = "PUT", PathContains = pathContains, StatusCode = 409, Times = times });

    /// <summary>Denies a verb (get, list, create, update, patch, delete) on a resource with the RBAC 403 that kube-apiserver sends (apiserver pkg/endpoints/handlers/responsewriters/errors.go Forbidden).</summary>
    public void ForbidVerb(string verb, string resource) => Faults.Forbid(verb, resource);

    /// <summary>Creates an HttpClient for the server: base address, bearer token and the generated CA trusted.</summary>
    public HttpClient CreateHttpClient(string? token = null)
    {
        var handler = new SocketsHttpHandler();
        if (authority is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                using var chain = new System.Security.Cryptography.X509Certificates.X509Chain();
                chain.ChainPolicy.TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust;
                chain.ChainPolicy.CustomTrustStore.Add(authority.Ca);
                chain.ChainPolicy.RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck;
                return certificate is not null && chain.Build(System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            };
        }

        var client = new HttpClient(handler) { BaseAddress = Uri };
        if ((token ?? BearerToken) is { } bearer)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        }

        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await disposing.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        authority?.Dispose();
        disposing.Dispose();
    }
}
