using System.Globalization;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>A Distribution registry config (distribution/distribution docs/content/about/configuration.md): filesystem storage, htpasswd auth, optional TLS.</summary>
public static class RegistryConfigFile
{
    /// <summary>The YAML for <c>docker-registry serve</c>, with every path and the port substituted.</summary>
    public static string Render(string directory, int port, string htpasswdPath, SelfSignedCertificate? certificate)
    {
        var tls = certificate is null
            ? string.Empty
            : $"""

                tls:
                  certificate: {certificate.CertificatePath}
                  key: {certificate.KeyPath}
              """;
        return $"""
            version: 0.1
            log:
              level: info
              fields:
                service: registry
            storage:
              filesystem:
                rootdirectory: {Path.Combine(directory, "data")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}
              secret: e2e-not-secret{tls}
            auth:
              htpasswd:
                realm: basic-realm
                path: {htpasswdPath}

            """;
    }
}
