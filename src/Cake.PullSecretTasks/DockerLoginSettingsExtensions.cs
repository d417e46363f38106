using Cake.Core.IO;
using static Cake.PullSecretTasks.PullSecretClusterSettingsExtensions;

namespace Cake.PullSecretTasks;

/// <summary>Fluent setters for <see cref="DockerLoginSettings"/>.</summary>
public static class DockerLoginSettingsExtensions
{
    /// <summary>Sets <see cref="DockerLoginSettings.DockerConfig"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="dockerConfig">A config.json / auth.json file, or a folder holding config.json.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static DockerLoginSettings WithDockerConfig(this DockerLoginSettings settings, FilePath dockerConfig) =>
        Set(settings, s => s.DockerConfig = dockerConfig);

    /// <summary>Adds registries to <see cref="DockerLoginSettings.Registries"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="registries">Registry hosts. Ex: <c>ghcr.io</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static DockerLoginSettings WithRegistry(this DockerLoginSettings settings, params string[] registries) =>
        Set(settings, s => PullSecretSettingsExtensions.Add(s.Registries, registries));

    /// <summary>Sets <see cref="DockerLoginSettings.ContainerRegistry"/>: the registry dotnet publish pushes to, whose credential may come from the .NET SDK's variables.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="registry">The registry host. Ex: <c>ghcr.io</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static DockerLoginSettings WithContainerRegistry(this DockerLoginSettings settings, string registry) =>
        Set(settings, s => s.ContainerRegistry = registry);
}
