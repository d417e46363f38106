namespace PullSecretTasks.Docker;

/// <summary>
/// The .NET SDK's own credentials for the registry it pushes to: a build that pushes with them and has no docker login
/// must get a pull secret from them too. Names and precedence as the SDK reads them for a push (dotnet/sdk
/// src/Containers/Microsoft.NET.Build.Containers, ContainerHelpers.PushHostObjectUser and
/// AuthHandshakeMessageHandler.GetDockerCredentialsFromEnvironment): the first pair whose two variables are both set
/// and non-empty wins, and it wins over any docker login, as in the SDK.
/// </summary>
internal static class SdkPushCredentials
{
    /// <summary>The pairs, in the SDK's order.</summary>
    public static readonly (string User, string Password)[] Variables =
    [
        ("DOTNET_CONTAINER_PUSH_REGISTRY_UNAME", "DOTNET_CONTAINER_PUSH_REGISTRY_PWORD"),
        ("DOTNET_CONTAINER_REGISTRY_UNAME", "DOTNET_CONTAINER_REGISTRY_PWORD"),
        ("SDK_CONTAINER_REGISTRY_UNAME", "SDK_CONTAINER_REGISTRY_PWORD"),
    ];

    /// <summary>For messages: where the SDK's credentials could have come from.</summary>
    public static string Names => string.Join(", ", Variables.Select(v => $"{v.User}/{v.Password}"));

    /// <summary>The credential for <paramref name="registry"/> from the first complete pair, or null.</summary>
    public static RegistryCredential? Read(RegistryName registry, RunnerEnvironment environment)
    {
        foreach (var (user, password) in Variables)
        {
            if (environment.Get(user) is { } u && environment.Get(password) is { } p)
            {
                return new RegistryCredential(registry, u, p, null, new CredentialSource(CredentialKind.SdkEnvironment, null, $"{user}/{password}", null));
            }
        }
        return null;
    }
}
