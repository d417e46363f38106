using System.Text.RegularExpressions;

namespace PullSecretTasks.Docker;

/// <summary>The cloud registries whose logins need a rule of their own, recognised by host.</summary>
internal enum CloudKind
{
    /// <summary>None of the below.</summary>
    Other,

    /// <summary>Azure Container Registry, public and sovereign clouds.</summary>
    Azure,

    /// <summary>Amazon ECR.</summary>
    Ecr,

    /// <summary>Google Artifact Registry and Container Registry.</summary>
    Google,

    /// <summary>GitHub's container registry.</summary>
    GitHub,

    /// <summary>IBM Cloud Container Registry.</summary>
    Ibm,
}

/// <summary>Host rules for <see cref="CloudKind"/>.</summary>
internal static partial class CloudRegistry
{
    /// <summary>
    /// The user name ACR takes with a refresh token as password (Azure/acr docs/AAD-OAuth.md); it is also what
    /// <c>az acr login</c> writes next to its identity token.
    /// </summary>
    public const string AzureTokenUser = "00000000-0000-0000-0000-000000000000";

    public static CloudKind Of(RegistryName registry)
    {
        var host = registry.HostWithoutPort;
        return host switch
        {
            _ when host.EndsWith(".azurecr.io", StringComparison.Ordinal) || host.EndsWith(".azurecr.cn", StringComparison.Ordinal)
                || host.EndsWith(".azurecr.us", StringComparison.Ordinal) => CloudKind.Azure,
            _ when Ecr().IsMatch(host) => CloudKind.Ecr,
            "gcr.io" => CloudKind.Google,
            _ when host.EndsWith(".gcr.io", StringComparison.Ordinal) || host.EndsWith("-docker.pkg.dev", StringComparison.Ordinal) => CloudKind.Google,
            "ghcr.io" or "docker.pkg.github.com" => CloudKind.GitHub,
            _ when host == "icr.io" || host.EndsWith(".icr.io", StringComparison.Ordinal) => CloudKind.Ibm,
            _ => CloudKind.Other,
        };
    }

    // The ecr-credential-provider's host pattern (kubernetes/cloud-provider-aws cmd/ecr-credential-provider/main.go).
    [GeneratedRegex(@"^\d{12}\.dkr[\.\-]ecr(\-fips)?\.[a-z0-9][a-z0-9\-_]*\.(amazonaws\.com(\.cn)?|sc2s\.sgov\.gov|c2s\.ic\.gov|cloud\.adc-e\.uk|csp\.hci\.ic\.gov)$")]
    private static partial Regex Ecr();
}
