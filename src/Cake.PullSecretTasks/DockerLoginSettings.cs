using Cake.Core;
using Cake.Core.IO;
using PullSecretTasks.Requests;

namespace Cake.PullSecretTasks;

/// <summary>Settings for <see cref="PullSecretAliases.ReadDockerLogin(ICakeContext, DockerLoginSettings)"/>.</summary>
public sealed class DockerLoginSettings
{
    /// <summary>A config.json / auth.json file, or a folder holding config.json; null for the standard search order.</summary>
    public FilePath? DockerConfig { get; set; }

    /// <summary>Registries to report; empty for every one found. Ex: <c>ghcr.io</c></summary>
    public IList<string> Registries { get; } = [];

    /// <summary>
    /// The registry <c>dotnet publish</c> pushes the image to (its <c>ContainerRegistry</c>). When the .NET SDK's push
    /// credential variables are set (DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/_PWORD, ...), they are that registry's
    /// credential, as the SDK uses them; they are never logged. Ex: <c>ghcr.io</c>
    /// </summary>
    public string? ContainerRegistry { get; set; }

    internal InspectRequest ToRequest(ICakeEnvironment environment) => new()
    {
        DockerConfig = DockerConfig?.MakeAbsolute(environment).FullPath,
        Registries = [.. Registries],
        ContainerRegistry = ContainerRegistry,
    };
}
