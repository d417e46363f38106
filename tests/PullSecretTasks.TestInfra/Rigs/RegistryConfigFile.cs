using System.Globalization;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>A Distribution registry config (distribution/distribution docs/content/about/configuration.md): filesystem storage, htpasswd auth, optional TLS.</summary>
public static class RegistryConfigFile
{
    /// <summary>The YAML for <c>docker-registry serve</c>, with every path and the port substituted.</summary>
    public static string Render(string directory, int port, string htpasswdPath, SelfSignedCertificate? certificate, TokenAuth? token = null)
    {
        // Token auth (docs/content/spec/auth/token.md): the registry sends clients to the realm and trusts the tokens
        // signed by a certificate in rootcertbundle.
        var auth = token is null
            ? $"""
              htpasswd:
                realm: basic-realm
                path: {htpasswdPath}
            """
            : $"""
              token:
                realm: {token.Realm}
                service: {token.Service}
                issuer: {token.Issuer}
                rootcertbundle: {token.RootCertBundle}
            """;
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
            {auth}

            """;
    }
}

/// <summary>The token auth section of a registry config.</summary>
/// <param name="Realm">The token server URL clients are sent to.</param>
/// <param name="Service">The service name, the tokens' audience.</param>
/// <param name="Issuer">The issuer the tokens must name.</param>
/// <param name="RootCertBundle">PEM certificates that sign the tokens.</param>
public sealed record TokenAuth(Uri Realm, string Service, string Issuer, string RootCertBundle);
