namespace PullSecretTasks.Requests;

/// <summary>List what docker login output holds, per registry, without secrets.</summary>
public sealed record InspectRequest
{
    /// <summary>A config.json / auth.json path, or a folder holding config.json; null for the search order.</summary>
    public string? DockerConfig { get; init; }

    /// <summary>
    /// The registry the .NET SDK pushes the image to (MSBuild's <c>$(ContainerRegistry)</c>); null for none. For it, the
    /// SDK's push credential variables (DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/_PWORD, then DOTNET_CONTAINER_REGISTRY_*,
    /// then SDK_CONTAINER_REGISTRY_*) are its credential when set, before any login output, as the SDK uses them.
    /// </summary>
    public string? ContainerRegistry { get; init; }

    /// <summary>Registries to report; empty for every one found.</summary>
    public IReadOnlyList<string> Registries { get; init; } = [];
}
