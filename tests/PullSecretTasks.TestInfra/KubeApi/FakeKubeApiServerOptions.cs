namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>How <see cref="FakeKubeApiServer"/> listens and whom it lets in.</summary>
public sealed class FakeKubeApiServerOptions
{
    /// <summary>Serve HTTPS with a server certificate signed by a CA generated per server (see <see cref="FakeKubeApiServer.CaCertificatePem"/>).</summary>
    public bool Https { get; init; }

    /// <summary>
    /// When set, every request except /version must carry <c>Authorization: Bearer &lt;token&gt;</c>, else 401.
    /// kubectl sends credentials only over TLS, so combine it with <see cref="Https"/> for kubectl tests.
    /// </summary>
    public string? BearerToken { get; init; }

    /// <summary>The minor version /version reports. "30" makes the machine's kubectl dispatcher run kubectl 1.30, which sends JSON.</summary>
    public string ServerMinorVersion { get; init; } = "30";

    /// <summary>The user named in Forbidden messages (as the RBAC authorizer names it), e.g. "system:serviceaccount:ci:deployer".</summary>
    public string UserName { get; init; } = "dev";
}
