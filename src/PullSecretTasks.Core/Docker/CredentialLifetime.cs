using System.Globalization;
using System.Text.Json;

namespace PullSecretTasks.Docker;

/// <summary>
/// Says when a credential put into a long-lived secret stops working: cloud logins leave short-lived tokens (the
/// lifetimes and durable alternatives of docs/registries.md). The expiry is read from the token where it says
/// (a JWT's <c>exp</c>, an ECR token's <c>expiration</c>), else the documented lifetime is named. Only the user
/// name, registry and time are ever put into the text.
/// </summary>
internal static class CredentialLifetime
{
    /// <summary>A PSEC1105 warning text, or null when nothing is known to expire.</summary>
    public static string? Warning(RegistryCredential credential, DateTimeOffset now)
    {
        var registry = credential.Registry;
        var kind = CloudRegistry.Of(registry);
        var (what, expires, lifetime, alternative) = (kind, credential.Username, credential.Password) switch
        {
            (CloudKind.Ecr, "AWS", var p) => ("an ECR login token", EcrExpiration(p) ?? JwtExpiry(p), "12 hours after login",
                "the kubelet's ecr-credential-provider, or a job that refreshes the secret"),
            (CloudKind.Google, "oauth2accesstoken", var p) => ("a Google OAuth access token", JwtExpiry(p), "about an hour after login",
                "a service-account key (docker login -u _json_key_base64), or the kubelet's credential provider for Google Cloud"),
            (_, _, var p) when p.StartsWith("ghs_", StringComparison.Ordinal) => ("a GitHub installation token (an Actions GITHUB_TOKEN)",
                null, "when the job or the app installation token ends (at most a day)", "a personal access token (classic) with read:packages"),
            (CloudKind.Azure, _, var p) when JwtExpiry(p) is { } at => ("an Azure token", at, null,
                "a repository-scoped token or a service principal, or the kubelet's acr-credential-provider"),
            (_, _, var p) when JwtExpiry(p) is { } at => ("a token", at, null, "a robot or service account whose credential does not expire"),
            _ => (null, (DateTimeOffset?)null, null, null),
        };
        if (what is null)
        {
            return null;
        }
        var who = $"The credential for {registry.Name} (user {credential.Username}, from {credential.Source})";
        if (expires is { } at2 && at2 <= now)
        {
            return $"{who} is {what} that expired at {Format(at2)}: pulls with this secret will fail. Log in to {registry.Name} again, or use {alternative}.";
        }
        var when = expires is { } at3 ? $"at {Format(at3)}" : lifetime;
        return $"{who} is {what} that expires {when}; the secret stops working then. For a lasting pull secret use {alternative}.";
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The <c>exp</c> of a JWT (header.payload.signature, base64url), or null for anything else.</summary>
    internal static DateTimeOffset? JwtExpiry(string token)
    {
        var parts = token.Split('.');
        return parts.Length == 3 && parts[0].StartsWith("eyJ", StringComparison.Ordinal) && Decode(parts[1], url: true) is { } json
            ? Seconds(json, "exp")
            : null;
    }

    // An ECR authorization token's password is base64 of JSON holding "expiration" in Unix seconds.
    private static DateTimeOffset? EcrExpiration(string password) =>
        Decode(password, url: false) is { } json ? Seconds(json, "expiration") : null;

    private static byte[]? Decode(string text, bool url)
    {
        var s = url ? text.Replace('-', '+').Replace('_', '/') : text;
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        var bytes = new byte[s.Length];
        return Convert.TryFromBase64String(s, bytes, out var n) ? bytes[..n] : null;
    }

    private static DateTimeOffset? Seconds(byte[] json, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v)
                && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var seconds) && seconds is > 0 and < 253402300799
                ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
                : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
