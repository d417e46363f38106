using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.Core.Tests.Fuzzing;

/// <summary>
/// Generators for the property tests: login output as users, tools and accidents leave it, every password a canary
/// so that any echo of one is caught.
/// </summary>
internal static class FuzzGen
{
    public static readonly Canary Canary = new("fuzz-user", "canary-fuzz-5e1f9b");

    private static readonly Gen<string> Noise = Gen.Char.Array[0, 12].Select(c => new string(c));

    /// <summary>Registry names as they appear in keys and requests, plus anything at all.</summary>
    public static readonly Gen<string> RegistryText = Gen.OneOf(
        Gen.OneOf("ghcr.io", "GHCR.IO", "docker.io", "index.docker.io", "registry-1.docker.io", "https://index.docker.io/v1/",
            "quay.io/org", "quay.io/org/repo", "http://127.0.0.1:5000/v2/", "localhost:5000", "[::1]:5000", "registry.example.com:443/",
            "ACCT.dkr.ecr.us-east-1.amazonaws.com", "name.azurecr.io", "https://", "", " ", ":5000", "host:99999", "a b"),
        Gen.Char["abcz09.-:/[]_ ACZ"].Array[0, 24].Select(c => new string(c)),
        Noise);

    private static readonly Gen<string> AuthValue = Gen.OneOf(
        Gen.Const(Canary.Auth),
        Gen.Const(Canary.Auth.TrimEnd('=')),
        Gen.Const(Convert.ToBase64String(Encoding.UTF8.GetBytes(Canary.Password))),
        Gen.Const(Convert.ToBase64String(Encoding.UTF8.GetBytes($":{Canary.Password}"))),
        Gen.Const(Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Canary.User}:{Canary.Password}\0\0"))),
        Gen.Char["ABCabc012+/=-_ "].Array[0, 40].Select(c => new string(c)),
        Noise);

    private static readonly Gen<JsonNode?> Scalar = Gen.OneOf<JsonNode?>(
        AuthValue.Select(a => (JsonNode?)JsonValue.Create(a)),
        Gen.Const<JsonNode?>(JsonValue.Create(Canary.Password)),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const((JsonNode?)null),
        Gen.Const<JsonNode?>(new JsonArray()),
        Gen.Const<JsonNode?>(new JsonObject()));

    private static readonly Gen<JsonNode?> UserValue = Gen.OneOf<JsonNode?>(
        Gen.Char["abz09@.:- "].Array[0, 12].Select(c => (JsonNode?)JsonValue.Create(new string(c))),
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.Const((JsonNode?)null));

    private static readonly Gen<string> EntryField = Gen.OneOf("auth", "username", "password", "identitytoken", "registrytoken", "email", "Auth", "x");

    private static readonly Gen<JsonNode?> Entry = Gen.OneOf(
        // User names and e-mails are printed by design (docker login --get-login does too): never the canary.
        Gen.Select(EntryField, Scalar, UserValue).Select((field, value, user) => (field, field.ToLowerInvariant() is "username" or "email" ? user : value)).Array[0, 5].Select(fields =>
        {
            var entry = new JsonObject();
            foreach (var (name, value) in fields)
            {
                entry[name] = value?.DeepClone();
            }
            return (JsonNode?)entry;
        }),
        Scalar);

    private static readonly Gen<JsonNode?> Section = Gen.Select(RegistryText, Entry).Array[0, 6].Select(pairs =>
    {
        var map = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            map[key] = value?.DeepClone();
        }
        return (JsonNode?)map;
    });

    // credsStore and credHelpers values name programs (docker-credential-NAME), which messages print; they are never
    // where a password lives, so the canary is kept out of them.
    private static readonly Gen<JsonNode?> HelperName = Gen.OneOf<JsonNode?>(
        Gen.OneOf<JsonNode?>(JsonValue.Create("pass"), JsonValue.Create(""), JsonValue.Create("../x"), JsonValue.Create(7), null, new JsonObject()),
        Gen.Char["abz09-_./ "].Array[0, 10].Select(c => (JsonNode?)JsonValue.Create(new string(c))));

    private static readonly Gen<JsonNode?> Helpers = Gen.Select(RegistryText, Gen.OneOf("pass", "", "../../../bin/false", "none")).Array[0, 3].Select(pairs =>
    {
        var map = new JsonObject();
        foreach (var (key, value) in pairs)
        {
            map[key] = value;
        }
        return (JsonNode?)map;
    });

    /// <summary>A docker/podman auth file: well formed, oddly typed, or damaged bytes.</summary>
    public static readonly Gen<byte[]> AuthFile = Gen.Select(Section, Gen.OneOf(Section, Scalar), Gen.OneOf(Helpers, HelperName), HelperName, Gen.Int[0, 9], Gen.Int, Gen.Byte)
        .Select((auths, extraAuths, credHelpers, credsStore, shape, position, junk) =>
        {
            var root = new JsonObject { ["auths"] = auths?.DeepClone() };
            if (shape % 3 == 0)
            {
                root["credHelpers"] = credHelpers?.DeepClone();
            }
            if (shape % 4 == 0)
            {
                root["credsStore"] = credsStore?.DeepClone();
            }
            // Legacy .dockercfg shape (entries at the top), or a top level that is not an object at all.
            var bytes = Encoding.UTF8.GetBytes(shape switch
            {
                7 => extraAuths?.ToJsonString() ?? "null",
                8 => $"[{root.ToJsonString()}]",
                _ => root.ToJsonString(),
            });
            if (shape == 5 && bytes.Length > 0)
            {
                // Damage: cut it short or put a stray byte (often invalid UTF-8) somewhere.
                var at = (int)((uint)position % (uint)bytes.Length);
                bytes = junk % 2 == 0 ? bytes[..at] : [.. bytes[..at], junk, .. bytes[at..]];
            }
            return bytes;
        });

    /// <summary>What a credential helper might print on stdout.</summary>
    public static readonly Gen<string> HelperOutput = Gen.OneOf(
        Gen.Select(Gen.OneOf("Username", "username", "USERNAME", "Secret", "secret", "ServerURL", "x"), Scalar).Array[0, 4].Select(fields =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in fields)
            {
                o[name] = value?.DeepClone();
            }
            return o.ToJsonString();
        }),
        Gen.Const($"{Canary.Password}\n"),
        Gen.Const($"{{\"Username\":\"u\",\"Secret\":\"{Canary.Password}\""),
        Noise);
}
