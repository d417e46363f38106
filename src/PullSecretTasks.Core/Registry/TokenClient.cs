using System.Net;
using System.Text.Json;

namespace PullSecretTasks.Registry;

/// <summary>
/// Gets a bearer token from a registry's realm with a user name and password, as containerd does
/// (containerd/containerd core/remotes/docker/auth/fetch.go, authorizer.go): an OAuth2 password grant posted as a
/// form first (distribution docs/content/spec/auth/oauth.md), then, when the realm answers 400, 401, 404 or 405 to the
/// POST (GCR, ACR and Artifactory do), a GET with Basic auth (docs/content/spec/auth/token.md).
/// </summary>
internal static class TokenClient
{
    private const string ClientId = "pullsecret";
    private static readonly HttpStatusCode[] FallBackOn = [HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed];

    /// <summary>The token, or the answer that refused one (null answer: the deadline passed).</summary>
    public static async Task<(string? Token, RegistryHttp.Answer? Refusal)> FetchAsync(RegistryHttp http, Uri realm, bool insecure,
        string? service, string? scope, string username, string password, CancellationToken ct)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = username,
            ["password"] = password,
            ["client_id"] = ClientId,
        };
        AddIfSet(form, "service", service);
        AddIfSet(form, "scope", scope);
        var posted = await http.SendAsync(HttpMethod.Post, realm, insecure, null, form, null, ct).ConfigureAwait(false);
        if (posted is null)
        {
            return (null, null);
        }
        if (posted.IsSuccess && TokenOf(posted.Body) is { } fromPost)
        {
            return (fromPost, null);
        }
        if (!posted.IsSuccess && !FallBackOn.Contains(posted.Status))
        {
            return (null, posted);
        }
        var query = new Dictionary<string, string>();
        AddIfSet(query, "service", service);
        AddIfSet(query, "scope", scope);
        var get = new UriBuilder(realm) { Query = Query(realm, query) }.Uri;
        var fetched = await http.SendAsync(HttpMethod.Get, get, insecure, RegistryHttp.Basic(username, password), null, null, ct).ConfigureAwait(false);
        if (fetched is null)
        {
            return (null, null);
        }
        return fetched.IsSuccess && TokenOf(fetched.Body) is { } fromGet ? (fromGet, null) : (null, fetched);
    }

    // The reply's "token" or, as OAuth2 replies name it, "access_token" (token.md: both may be present and equal).
    private static string? TokenOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            foreach (var name in (string[])["token", "access_token"])
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var value)
                    && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } token)
                {
                    return token;
                }
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static string Query(Uri realm, Dictionary<string, string> add)
    {
        var existing = realm.Query.TrimStart('?');
        var added = string.Join("&", add.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return existing.Length == 0 ? added : added.Length == 0 ? existing : $"{existing}&{added}";
    }

    private static void AddIfSet(Dictionary<string, string> into, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            into[name] = value;
        }
    }
}
