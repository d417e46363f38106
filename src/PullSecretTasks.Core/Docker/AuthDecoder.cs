using System.Text;

namespace PullSecretTasks.Docker;

/// <summary>
/// Decodes an auth-file <c>auth</c> value, base64("user:password"), by the union of the upstream rules
/// (docker/cli cli/config/configfile/file.go decodeAuth; kubernetes/kubernetes pkg/credentialprovider/config.go decodeDockerConfigFieldAuth; containers/image pkg/docker/config/config.go decodeDockerAuth): whitespace trimmed; missing padding tolerated, as the kubelet does
/// (RawStdEncoding); split at the first colon, as docker's strings.Cut; NULs trimmed from the password,
/// as docker and containers/image do.
/// </summary>
internal static class AuthDecoder
{
    public static bool TryDecode(string auth, out string user, out string password)
    {
        user = password = "";
        var text = auth.Trim();
        if (text.Length % 4 != 0 && !text.Contains('=', StringComparison.Ordinal))
        {
            text = text.PadRight(text.Length + (4 - (text.Length % 4)), '=');
        }
        var buffer = new byte[(text.Length / 4 * 3) + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            return false;
        }
        var decoded = Encoding.UTF8.GetString(buffer, 0, written);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }
        user = decoded[..colon];
        password = decoded[(colon + 1)..].Trim('\0');
        return true;
    }

    /// <summary>Canonical padded base64 of user:password, as kubectl writes it.</summary>
    public static string Encode(string user, string password) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));
}
