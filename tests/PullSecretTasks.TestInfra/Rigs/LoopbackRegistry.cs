using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// A real Docker Distribution registry (<c>docker-registry serve</c>) on a free 127.0.0.1 port with bcrypt
/// htpasswd authentication, over HTTP or TLS with its own self-signed certificate (distribution/distribution docs/content/about/configuration.md).
/// </summary>
public sealed class LoopbackRegistry : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly BackgroundProcess process;
    private readonly HttpClient http;

    private LoopbackRegistry(BackgroundProcess process, int port, string user, string password, SelfSignedCertificate? certificate, string directory)
    {
        this.process = process;
        Port = port;
        User = user;
        Password = password;
        CaCertPath = certificate?.CertificatePath;
        Directory = directory;
        BaseUri = new Uri($"{(certificate is null ? "http" : "https")}://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        http = CreateHttpClient(certificate);
    }

    /// <summary>The port the registry listens on.</summary>
    public int Port { get; }

    /// <summary>The registry name as users type it and as auth files key it: <c>127.0.0.1:PORT</c>.</summary>
    public string Host => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><c>http://127.0.0.1:PORT/</c> or <c>https://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The self-signed certificate (PEM) for the TLS variant; null over HTTP.</summary>
    public string? CaCertPath { get; }

    /// <summary>True for the TLS variant.</summary>
    public bool IsTls => CaCertPath is not null;

    /// <summary>The only user in the htpasswd file.</summary>
    public string User { get; }

    /// <summary>That user's password.</summary>
    public string Password { get; }

    /// <summary>The registry's working directory (config, htpasswd, data, log).</summary>
    public string Directory { get; }

    /// <summary>The registry's combined stdout and stderr.</summary>
    public string LogPath => process.LogPath;

    /// <summary>Starts a registry in <paramref name="directory"/> and returns once <c>GET /v2/</c> answers 401.</summary>
    public static async Task<LoopbackRegistry> StartAsync(
        string directory,
        bool tls = false,
        string user = "testuser",
        string password = "testpass",
        CancellationToken cancellationToken = default,
        TokenAuth? tokenAuth = null)
    {
        var registry = Prerequisites.Require("docker-registry", "apt-get install docker-registry");
        var htpasswd = Prerequisites.Require("htpasswd", "apt-get install apache2-utils");
        System.IO.Directory.CreateDirectory(directory);

        // bcrypt is the only hash Distribution's htpasswd auth accepts.
        var hash = (await ProcessRunner.RunAsync(htpasswd, ["-Bbn", user, password], cancellationToken: cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        var htpasswdPath = Path.Combine(directory, "htpasswd");
        await File.WriteAllTextAsync(htpasswdPath, hash.StandardOutput, cancellationToken).ConfigureAwait(false);
        var certificate = tls ? await SelfSignedCertificate.CreateAsync(directory, cancellationToken).ConfigureAwait(false) : null;

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Next();
            var config = Path.Combine(directory, "config.yml");
            await File.WriteAllTextAsync(config, RegistryConfigFile.Render(directory, port, htpasswdPath, certificate, tokenAuth), cancellationToken).ConfigureAwait(false);
            var child = BackgroundProcess.Start(registry, ["serve", config], Path.Combine(directory, "registry.log"));
            var started = new LoopbackRegistry(child, port, user, password, certificate, directory);
            try
            {
                await started.WaitUntilReadyAsync(cancellationToken).ConfigureAwait(false);
                return started;
            }
            catch (Exception) when (attempt < StartAttempts)
            {
                // Most likely another process took the probed port between the probe and the bind.
                await started.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await started.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>
    /// <c>GET /v2/</c> with Basic credentials (none when <paramref name="user"/> is null): 200 means they authenticate.
    /// Over TLS the client trusts this registry's certificate and nothing else.
    /// </summary>
    public async Task<HttpStatusCode> GetV2Async(string? user, string? password, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUri, "v2/"));
        if (user is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>The registry log, for failure messages.</summary>
    public string ReadLog() => process.ReadLog();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        http.Dispose();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"docker-registry exited during start-up. Log:{Environment.NewLine}{ReadLog()}");
            }

            try
            {
                if (await GetV2Async(null, null, cancellationToken).ConfigureAwait(false) == HttpStatusCode.Unauthorized)
                {
                    return;
                }
            }
            catch (HttpRequestException ex)
            {
                last = ex;
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }

        throw new TimeoutException($"docker-registry on {Host} did not answer GET /v2/ with 401 within 10 s ({last?.Message}). Log:{Environment.NewLine}{ReadLog()}");
    }

    private static HttpClient CreateHttpClient(SelfSignedCertificate? certificate)
    {
        var handler = new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromSeconds(5) };
        if (certificate is not null)
        {
            var trusted = X509CertificateLoader.LoadCertificateFromFile(certificate.CertificatePath);
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None &&
                presented is not null && presented.GetRawCertData().AsSpan().SequenceEqual(trusted.RawData);
        }

        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
    }
}
