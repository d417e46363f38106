using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using k8s;
using PullSecretTasks.Files;
using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Turns the chosen kubeconfig cluster and user into a KubernetesClient configuration the way client-go's rest.Config
/// would (tools/clientcmd/client_config.go): the server URL; TLS trusting only the kubeconfig's CA when it names one
/// (the system trust store is then never loaded), else the system's; tls-server-name for SNI and the name check;
/// proxy-url; token, tokenFile, exec plugin, client certificate or basic auth; impersonation. A user with none of
/// those is anonymous, as with kubectl. Every failure is PSEC2001 or PSEC2014 naming the kubeconfig field.
/// </summary>
internal static class ClientFactory
{
    public static async Task<(KubernetesClientConfiguration Config, DelegatingHandler[] Handlers)> CreateAsync(
        KubeNamed<KubeCluster> cluster, KubeNamed<KubeUser>? user, RunnerEnvironment env, bool exclusive, TimeSpan timeout, CancellationToken ct)
    {
        var c = cluster.Value;
        if (!Uri.TryCreate(c.Server, UriKind.Absolute, out var server) || server.Scheme is not ("https" or "http"))
        {
            throw Invalid(cluster.File, $"cluster {cluster.Name} has server \"{c.Server}\", which is not an http or https URL");
        }
        var config = new KubernetesClientConfiguration
        {
            Host = server.ToString(),
            SkipTlsVerify = c.InsecureSkipTlsVerify,
            TlsServerName = string.IsNullOrWhiteSpace(c.TlsServerName) ? null : c.TlsServerName,
        };
        var ca = c.InsecureSkipTlsVerify ? null : CertificateAuthority(cluster);
        if (ca is not null && exclusive && server.Scheme == "https")
        {
            SystemTrustStore.SkipForThisProcess();
        }
        var proxy = Proxy(cluster);
        config.FirstMessageHandlerSetup = handler =>
        {
            if (ca is not null)
            {
                // Trust exactly the kubeconfig's CA, with the host (or tls-server-name) checked: SslStream builds one
                // chain against this store and never reads /etc/ssl/certs, about 100 ms of OpenSSL work saved.
                var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
                policy.CustomTrustStore.AddRange(ca);
                handler.SslOptions.CertificateChainPolicy = policy;
            }
            if (proxy is not null)
            {
                handler.Proxy = proxy;
                handler.UseProxy = true;
            }
        };
        var handlers = new List<DelegatingHandler>();
        if (user is not null)
        {
            await SetCredentialsAsync(config, cluster, user, env, timeout, ct).ConfigureAwait(false);
            if (Impersonation.For(user.Value) is { } impersonation)
            {
                handlers.Add(impersonation);
            }
        }
        return (config, [.. handlers]);
    }

    private static async Task SetCredentialsAsync(
        KubernetesClientConfiguration config, KubeNamed<KubeCluster> cluster, KubeNamed<KubeUser> user, RunnerEnvironment env, TimeSpan timeout, CancellationToken ct)
    {
        var u = user.Value;
        if (u.AuthProvider is { } provider)
        {
            throw Invalid(user.File, $"user {user.Name} uses auth-provider \"{provider}\", which kubectl 1.26+ dropped too; switch the user to an exec plugin (e.g. kubelogin for OIDC)");
        }
        if (!string.IsNullOrEmpty(u.Token))
        {
            config.AccessToken = Token(u.Token, user, "token");
        }
        else if (!string.IsNullOrEmpty(u.TokenFile))
        {
            // client-go reads tokenFile and trims it (transport/token_source.go).
            config.AccessToken = Token(Encoding.UTF8.GetString(Read(u.TokenFile, user, "tokenFile")).Trim(), user, "tokenFile");
        }
        else if (u.Exec is { } exec)
        {
            var answer = await ExecCredentialPlugin.RunAsync(exec, cluster.Value, user.Name, env, timeout, ct).ConfigureAwait(false);
            if (answer.Token is { Length: > 0 } token)
            {
                config.AccessToken = Token(token, user, "exec");
            }
            else
            {
                SetClientCertificate(config, answer.ClientCertificateData!, answer.ClientKeyData!, user, "exec");
            }
        }
        else if (!string.IsNullOrEmpty(u.Username))
        {
            config.Username = u.Username;
            config.Password = u.Password;
        }
        var certificate = Pem(u.ClientCertificateData, u.ClientCertificate, user, "client-certificate");
        var key = Pem(u.ClientKeyData, u.ClientKey, user, "client-key");
        if (certificate is not null || key is not null)
        {
            if (certificate is null || key is null)
            {
                throw Invalid(user.File, $"user {user.Name} has a client {(certificate is null ? "key" : "certificate")} without its {(certificate is null ? "certificate" : "key")}");
            }
            SetClientCertificate(config, certificate, key, user, "client-certificate");
        }
    }

    private static void SetClientCertificate(KubernetesClientConfiguration config, string certificatePem, string keyPem, KubeNamed<KubeUser> user, string field)
    {
        try
        {
            using var check = X509Certificate2.CreateFromPem(certificatePem, keyPem);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            throw Invalid(user.File, $"user {user.Name} has a {field} that is not a PEM certificate with its key");
        }
        config.ClientCertificateData = Convert.ToBase64String(Encoding.UTF8.GetBytes(certificatePem));
        config.ClientCertificateKeyData = Convert.ToBase64String(Encoding.UTF8.GetBytes(keyPem));
    }

    private static X509Certificate2Collection? CertificateAuthority(KubeNamed<KubeCluster> cluster)
    {
        var c = cluster.Value;
        var pem = c.CertificateAuthorityData is { Length: > 0 } data ? Decode(data, cluster.File, $"cluster {cluster.Name}'s certificate-authority-data")
            : c.CertificateAuthority is { Length: > 0 } file ? ReadFile(file, cluster.File, $"cluster {cluster.Name}'s certificate-authority")
            : null;
        if (pem is null)
        {
            return null;
        }
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(Encoding.ASCII.GetString(pem));
        }
        catch (CryptographicException)
        {
            certificates.Clear();
        }
        return certificates.Count > 0
            ? certificates
            : throw Invalid(cluster.File, $"cluster {cluster.Name}'s certificate authority holds no PEM certificate");
    }

    private static WebProxy? Proxy(KubeNamed<KubeCluster> cluster)
    {
        if (string.IsNullOrWhiteSpace(cluster.Value.ProxyUrl))
        {
            return null;
        }
        // client-go accepts http, https and socks5 proxies (rest/transport.go); so does SocketsHttpHandler.
        return Uri.TryCreate(cluster.Value.ProxyUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "socks5"
            ? new WebProxy(uri)
            : throw Invalid(cluster.File, $"cluster {cluster.Name} has proxy-url \"{cluster.Value.ProxyUrl}\", which is not an http, https or socks5 URL");
    }

    private static string Token(string token, KubeNamed<KubeUser> user, string field) =>
        token.Any(char.IsControl)
            ? throw Invalid(user.File, $"user {user.Name}'s {field} holds a line break or control character, which no HTTP header can carry; remove it")
            : token;

    private static string? Pem(string? data, string? file, KubeNamed<KubeUser> user, string field) =>
        data is { Length: > 0 } ? Encoding.UTF8.GetString(Decode(data, user.File, $"user {user.Name}'s {field}-data"))
        : file is { Length: > 0 } ? Encoding.UTF8.GetString(Read(file, user, field))
        : null;

    private static byte[] Read(string path, KubeNamed<KubeUser> user, string field) => ReadFile(path, user.File, $"user {user.Name}'s {field}");

    private static byte[] ReadFile(string path, string kubeconfig, string what)
    {
        var (bytes, problem) = BoundedFile.Read(path);
        return bytes ?? throw Invalid(kubeconfig, $"{what} {path} {problem}");
    }

    private static byte[] Decode(string base64, string kubeconfig, string what)
    {
        try
        {
            return Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw Invalid(kubeconfig, $"{what} is not base64");
        }
    }

    private static PullSecretException Invalid(string kubeconfig, string what) =>
        new(ErrorCodes.KubeconfigInvalid, $"The kubeconfig {kubeconfig} cannot be used: {what}. Check it with `kubectl config view`.", Setting.Kubeconfig);
}
