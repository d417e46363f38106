using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PullSecretTasks.TestInfra.Secrets;

/// <summary>
/// A credential planted to be caught: a unique password (and its user) whose every encoding is searched for in
/// output that must never hold it. One list of forms for every tier: the raw value, base64 of it (padded and not),
/// base64 of <c>user:password</c> (padded and not, the <c>auth</c> field) and its JSON-escaped spellings.
/// </summary>
public sealed class Canary
{
    /// <summary>A fresh canary.</summary>
    /// <param name="user">The user name (not secret).</param>
    /// <param name="password">The password; null for <c>canary-GUID</c>.</param>
    public Canary(string user = "canary-user", string? password = null)
    {
        User = user;
        Password = password ?? $"canary-{Guid.NewGuid():N}";
    }

    /// <summary>The user name.</summary>
    public string User { get; }

    /// <summary>The password.</summary>
    public string Password { get; }

    /// <summary>base64(user:password), padded: what every tool writes as <c>auth</c>.</summary>
    public string Auth => Base64($"{User}:{Password}");

    /// <summary>Every form in which the password must never appear.</summary>
    public IReadOnlyList<string> Forms =>
    [
        .. new[]
        {
            Password,
            Base64(Password),
            Base64(Password).TrimEnd('='),
            Auth,
            Auth.TrimEnd('='),
            JsonEscaped(Password, JavaScriptEncoder.Default),
            JsonEscaped(Password, JavaScriptEncoder.UnsafeRelaxedJsonEscaping),
        }.Distinct(StringComparer.Ordinal),
    ];

    /// <summary>base64 of UTF-8 text.</summary>
    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

    /// <summary>Whether <paramref name="text"/> holds any form.</summary>
    public bool IsIn(string text) => Forms.Any(f => text.Contains(f, StringComparison.Ordinal));

    /// <summary>Throws (failing the test) naming the form found and where; the form is a test value, safe to print.</summary>
    public void AssertAbsent(string text, string where)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var form in Forms.Where(f => text.Contains(f, StringComparison.Ordinal)))
        {
            // TestInfra has no assertion library; any exception fails the test with this message.
            throw new InvalidOperationException($"{where} contains the canary in the form '{form}'.");
        }
    }

    /// <summary>Searches bytes (a binlog, a file) as UTF-8, UTF-16 and Latin-1.</summary>
    public void AssertAbsent(byte[] bytes, string where)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        AssertAbsent(Encoding.UTF8.GetString(bytes), where + " (UTF-8)");
        AssertAbsent(Encoding.Unicode.GetString(bytes), where + " (UTF-16)");
        AssertAbsent(Encoding.Latin1.GetString(bytes), where + " (Latin-1)");
    }

    private static string JsonEscaped(string text, JavaScriptEncoder encoder)
    {
        var quoted = JsonSerializer.Serialize(text, new JsonSerializerOptions { Encoder = encoder });
        return quoted[1..^1];
    }
}
