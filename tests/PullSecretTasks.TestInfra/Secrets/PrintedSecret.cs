using System.Text;
using System.Text.Json;

namespace PullSecretTasks.TestInfra.Secrets;

/// <summary>Reads a Secret printed with <c>-o json</c> and the <c>.dockerconfigjson</c> inside it.</summary>
public static class PrintedSecret
{
    /// <summary>The base64 value of <c>data[".dockerconfigjson"]</c>, exactly as printed.</summary>
    public static string EncodedData(string secretJson)
    {
        try
        {
            using var secret = JsonDocument.Parse(secretJson);
            return secret.RootElement.GetProperty("data").GetProperty(".dockerconfigjson").GetString()
                ?? throw new InvalidOperationException("data[.dockerconfigjson] is null");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException($"Expected a Secret with data[.dockerconfigjson], got:{Environment.NewLine}{secretJson}", ex);
        }
    }

    /// <summary>The decoded <c>.dockerconfigjson</c> bytes as text.</summary>
    public static string DecodedData(string secretJson) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(EncodedData(secretJson)));

    /// <summary>The <c>auths[host]</c> entry of the decoded data.</summary>
    public static PrintedAuthEntry Entry(string secretJson, string host)
    {
        using var config = JsonDocument.Parse(DecodedData(secretJson));
        var entry = config.RootElement.GetProperty("auths").GetProperty(host);
        return new PrintedAuthEntry(
            entry.GetProperty("username").GetString()!,
            entry.GetProperty("password").GetString()!,
            entry.GetProperty("auth").GetString()!);
    }
}
