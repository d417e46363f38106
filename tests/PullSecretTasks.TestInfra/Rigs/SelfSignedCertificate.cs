using System.Globalization;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>A self-signed server certificate for 127.0.0.1 and localhost, made with openssl req -x509.</summary>
/// <param name="CertificatePath">PEM certificate; it is also the only CA a client needs.</param>
/// <param name="KeyPath">PEM private key, unencrypted.</param>
public sealed record SelfSignedCertificate(string CertificatePath, string KeyPath)
{
    /// <summary>Writes <c>tls.crt</c> and <c>tls.key</c> into <paramref name="directory"/>.</summary>
    public static async Task<SelfSignedCertificate> CreateAsync(string directory, CancellationToken cancellationToken = default)
    {
        var openssl = Prerequisites.Require("openssl", "apt-get install openssl");
        var certificate = Path.Combine(directory, "tls.crt");
        var key = Path.Combine(directory, "tls.key");
        (await ProcessRunner.RunAsync(
            openssl,
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", 30.ToString(CultureInfo.InvariantCulture),
                "-keyout", key, "-out", certificate,
                "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            ],
            new ProcessOptions { Timeout = TimeSpan.FromSeconds(30) },
            cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        return File.Exists(certificate) && File.Exists(key)
            ? new SelfSignedCertificate(certificate, key)
            : throw new InvalidOperationException($"openssl did not write {certificate} and {key}.");
    }
}
