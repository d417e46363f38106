using System.Text;

namespace PullSecretTasks.TestInfra.Secrets;

/// <summary>JWTs as cloud logins leave them (ACR, GitHub, any token with an <c>exp</c>): only the claims are meant to be read.</summary>
public static class TestJwt
{
    /// <summary>base64url without padding (RFC 7515 §2).</summary>
    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>base64url of the UTF-8 text.</summary>
    public static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    /// <summary>An RS256-looking token with <paramref name="claimsJson"/> and a fake signature.</summary>
    public static string WithClaims(string claimsJson) => $"eyJhbGciOiJSUzI1NiJ9.{Base64Url(claimsJson)}.c2lnbmF0dXJl";
}
