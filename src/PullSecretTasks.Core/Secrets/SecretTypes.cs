namespace PullSecretTasks.Secrets;

/// <summary>The secret types a pull secret can have, with the data key each needs (kubernetes/kubernetes pkg/apis/core/types.go SecretTypeDockercfg, SecretTypeDockerConfigJSON).</summary>
public static class SecretTypes
{
    /// <summary>The type the kubelet and OpenShift builds read; data key <c>.dockerconfigjson</c>.</summary>
    public const string DockerConfigJson = "kubernetes.io/dockerconfigjson";

    /// <summary>The legacy flat map; data key <c>.dockercfg</c>.</summary>
    public const string DockerCfg = "kubernetes.io/dockercfg";

    /// <summary>What plain <c>oc create secret generic</c> makes; the kubelet ignores it for pulls.</summary>
    public const string Opaque = "Opaque";

    /// <summary>Every accepted type.</summary>
    public static readonly IReadOnlyList<string> All = [DockerConfigJson, DockerCfg, Opaque];

    /// <summary>The data key for a type.</summary>
    public static string DataKey(string type) => type == DockerCfg ? ".dockercfg" : ".dockerconfigjson";

    /// <summary>Maps a user's spelling (case-insensitive; also "dockerconfigjson", "dockercfg", "opaque") to the type.</summary>
    public static string? Normalize(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "kubernetes.io/dockerconfigjson" or "dockerconfigjson" => DockerConfigJson,
        "kubernetes.io/dockercfg" or "dockercfg" => DockerCfg,
        "opaque" => Opaque,
        _ => null,
    };
}
