using System.Text;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Secrets;

/// <summary>
/// The content of a pull secret, exactly as <c>kubectl create secret docker-registry</c> writes it
/// (create_secret_docker.go handleDockerCfgJSONContent): compact, keys sorted as Go sorts map keys,
/// entry fields in the order username, password, email (only when set), auth.
/// </summary>
internal static class DockerConfigJson
{
    /// <summary><c>{"auths":{…}}</c> for dockerconfigjson and Opaque.</summary>
    public static byte[] Build(IReadOnlyList<RegistryCredential> credentials) =>
        Encoding.UTF8.GetBytes("{\"auths\":" + Map(credentials) + "}");

    /// <summary>The flat map the kubelet reads from a <c>kubernetes.io/dockercfg</c> secret (kubernetes/kubernetes pkg/credentialprovider/config.go DockerConfig).</summary>
    public static byte[] BuildLegacy(IReadOnlyList<RegistryCredential> credentials) =>
        Encoding.UTF8.GetBytes(Map(credentials));

    private static string Map(IReadOnlyList<RegistryCredential> credentials)
    {
        var sb = new StringBuilder("{");
        var first = true;
        foreach (var c in credentials.OrderBy(c => c.Registry.SecretKey, StringComparer.Ordinal))
        {
            if (!first)
            {
                sb.Append(',');
            }
            first = false;
            GoJson.WriteString(sb, c.Registry.SecretKey);
            sb.Append(":{\"username\":");
            GoJson.WriteString(sb, c.Username);
            if (c.Password.Length > 0)
            {
                // Every field is omitempty in kubectl's DockerConfigEntry.
                sb.Append(",\"password\":");
                GoJson.WriteString(sb, c.Password);
            }
            if (c.Email is { } email)
            {
                sb.Append(",\"email\":");
                GoJson.WriteString(sb, email);
            }
            sb.Append(",\"auth\":");
            GoJson.WriteString(sb, AuthDecoder.Encode(c.Username, c.Password));
            sb.Append('}');
        }
        return sb.Append('}').ToString();
    }
}
