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

    internal InspectRequest ToRequest(ICakeEnvironment environment) => new()
    {
        DockerConfig = DockerConfig?.MakeAbsolute(environment).FullPath,
        Registries = [.. Registries],
    };
}
