using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.Secrets;

/// <summary>
/// Writes config.json / auth.json the way docker, podman and skopeo login leave them (an <c>auths</c> map of
/// base64 <c>auth</c> values, <c>credHelpers</c>, <c>credsStore</c>), so no test spells the JSON by hand.
/// </summary>
public sealed class AuthFileWriter
{
    private readonly JsonObject auths = [];
    private readonly JsonObject helpers = [];
    private readonly JsonObject root = [];

    /// <summary>An <c>auths</c> entry with <c>auth</c> = base64(user:password).</summary>
    public AuthFileWriter Login(string key, string user, string password)
    {
        auths[key] = new JsonObject { ["auth"] = Canary.Base64($"{user}:{password}") };
        return this;
    }

    /// <summary>An <c>auths</c> entry for a canary's user and password.</summary>
    public AuthFileWriter Login(string key, Canary canary)
    {
        ArgumentNullException.ThrowIfNull(canary);
        return Login(key, canary.User, canary.Password);
    }

    /// <summary>An <c>auths</c> entry exactly as given, e.g. <c>{"identitytoken":"..."}</c> or <c>{}</c>.</summary>
    public AuthFileWriter Entry(string key, JsonObject entry)
    {
        auths[key] = entry;
        return this;
    }

    /// <summary>A <c>credHelpers</c> entry.</summary>
    public AuthFileWriter CredHelper(string key, string helper)
    {
        helpers[key] = helper;
        return this;
    }

    /// <summary>The <c>credsStore</c>.</summary>
    public AuthFileWriter CredsStore(string helper)
    {
        root["credsStore"] = helper;
        return this;
    }

    /// <summary>The file's text.</summary>
    public string ToJson()
    {
        var file = new JsonObject { ["auths"] = auths.DeepClone() };
        if (helpers.Count > 0)
        {
            file["credHelpers"] = helpers.DeepClone();
        }
        foreach (var (name, value) in root)
        {
            file[name] = value?.DeepClone();
        }
        return file.ToJsonString();
    }

    /// <summary>Writes the file (and its folder); returns the path.</summary>
    public string WriteTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, ToJson());
        return path;
    }

    /// <summary>Adds an <c>auths</c> entry to an existing file, keeping everything else in it.</summary>
    public static void AddLogin(string path, string key, string user, string password)
    {
        var file = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var map = file["auths"] as JsonObject ?? [];
        file["auths"] = map;
        map[key] = new JsonObject { ["auth"] = Canary.Base64($"{user}:{password}") };
        File.WriteAllText(path, file.ToJsonString());
    }
}
