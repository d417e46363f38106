using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Secrets;

/// <summary>Builds resolved credentials for secret tests.</summary>
internal static class Credentials
{
    public static RegistryCredential For(string registry, string user, string password, string? email = null) =>
        new(RegistryName.TryParse(registry)!, user, password, email, new CredentialSource(CredentialKind.Explicit, null, registry, null));
}
