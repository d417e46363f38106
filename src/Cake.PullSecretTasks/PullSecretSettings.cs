using Cake.Core;
using Cake.Core.IO;
using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;

namespace Cake.PullSecretTasks;

/// <summary>Settings for <see cref="PullSecretAliases.CreatePullSecret(ICakeContext, string, PullSecretSettings)"/>.</summary>
public sealed class PullSecretSettings : PullSecretClusterSettings
{
    /// <summary>Registries to take from docker/podman/skopeo login output. Ex: <c>ghcr.io</c>, <c>registry.example.com:5000</c></summary>
    public IList<string> Registries { get; } = [];

    /// <summary>
    /// The registry <c>dotnet publish</c> pushes the image to (its <c>ContainerRegistry</c>). When the .NET SDK's push
    /// credential variables are set (DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/_PWORD, ...), they are that registry's
    /// credential, as the SDK uses them; they are never logged. Ex: <c>ghcr.io</c>
    /// </summary>
    public string? ContainerRegistry { get; set; }

    /// <summary>Take every usable registry found instead of <see cref="Registries"/>.</summary>
    public bool AllRegistries { get; set; }

    /// <summary>A config.json / auth.json file, or a folder holding config.json; null for the standard search order.</summary>
    public FilePath? DockerConfig { get; set; }

    /// <summary>Service accounts to link the secret to. Ex: <c>builder</c>, <c>default</c></summary>
    public IList<string> LinkTo { get; } = [];

    /// <summary>Which service-account lists a link touches; <see cref="LinkFor.None"/> (default) means pull and mount.</summary>
    public LinkFor For { get; set; }

    /// <summary>The secret type; null for <c>kubernetes.io/dockerconfigjson</c>. See <see cref="SecretTypes"/>.</summary>
    public string? Type { get; set; }

    /// <summary>Take over a secret of that name that PullSecretTasks did not create, or replace one of another type.</summary>
    public bool Overwrite { get; set; }

    /// <summary>Check each credential against its registry (as docker login does) before anything is written.</summary>
    public bool Verify { get; set; }

    /// <summary>Add an entry for each registry's token host on another host (registry.connect.redhat.com to sso.redhat.com).</summary>
    public bool DelegatedAuth { get; set; }

    /// <summary>With <see cref="Verify"/>, an image whose pull access to prove. Ex: <c>ghcr.io/org/app:1.0</c></summary>
    public string? Image { get; set; }

    /// <summary>Registries reached without TLS verification, then over HTTP, besides loopback and DOTNET_CONTAINER_INSECURE_REGISTRIES.</summary>
    public IList<string> InsecureRegistries { get; } = [];

    internal CreateRequest ToRequest(string name, ICakeEnvironment environment) => new()
    {
        Name = name,
        Namespaces = [.. Namespaces],
        Registries = [.. Registries],
        AllRegistries = AllRegistries,
        DockerConfig = DockerConfig?.MakeAbsolute(environment).FullPath,
        ContainerRegistry = ContainerRegistry,
        Type = Type,
        LinkTo = [.. LinkTo],
        For = For,
        Overwrite = Overwrite,
        Verify = Verify,
        DelegatedAuth = DelegatedAuth,
        Image = Image,
        InsecureRegistries = [.. InsecureRegistries],
        DryRun = DryRun,
        Kubeconfig = KubeconfigPath(environment),
        Context = KubeContext,
        Timeout = Timeout,
    };
}
