using PullSecretTasks.Docker;
using PullSecretTasks.Logging;

namespace PullSecretTasks.Secrets;

/// <summary>Builds the per-namespace secrets from resolved credentials.</summary>
internal static class SecretBuilder
{
    public static IReadOnlyList<PullSecretManifest> Build(
        string name, string type, IReadOnlyList<string> namespaces, IReadOnlyList<RegistryCredential> credentials, ILog log)
    {
        if (type == SecretTypes.Opaque)
        {
            log.Warn(ErrorCodes.OpaqueWarning,
                $"Secret {name} has type Opaque: the kubelet ignores Opaque secrets for image pulls (only kubernetes.io/dockerconfigjson and kubernetes.io/dockercfg count). Use type kubernetes.io/dockerconfigjson unless something else reads it.");
        }
        var content = type == SecretTypes.DockerCfg
            ? DockerConfigJson.BuildLegacy(credentials)
            : DockerConfigJson.Build(credentials);
        var data = new Dictionary<string, byte[]> { [SecretTypes.DataKey(type)] = content };
        return namespaces.Select(ns => new PullSecretManifest(name, ns, type, data)).ToList();
    }
}
