using System.Runtime.Versioning;
using System.Text;
using System.Text.RegularExpressions;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.Tool.Tests;

/// <summary>
/// A canary password planted in every source (auth file, helper, stdin, variable) must never reach stdout or
/// stderr in any form (plain, base64, base64 of user:password), except inside the data value of -o json|yaml.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed partial class CredentialLeakTests : IDisposable
{
    private const string User = "canary-user";
    private const string Password = "Canary-Pw-7f3e9b";

    private readonly CliHarness cli = new();

    public CredentialLeakTests()
    {
        var auth = B64($"{User}:{Password}");
        cli.DockerConfig($$$"""
            {"auths":{"file.example.com":{"auth":"{{{auth}}}"},"token.example.com":{"identitytoken":"{{{Password}}}"},
             "plain.example.com":{"username":"{{{User}}}","password":"{{{Password}}}"},"bad.example.com":{"auth":"{{{Password}}}"}},
             "credHelpers":{"helper.example.com":"canary","broken.example.com":"broken"}}
            """);
        cli.Helper("canary", $$$"""echo '{"Username":"{{{User}}}","Secret":"{{{Password}}}"}'""");
        cli.Helper("broken", $"echo 'failed for {User}:{Password}'; echo '{Password}' >&2; exit 1");
        cli.Vars["CANARY_PW"] = Password;
        cli.Write("broken/config.json", $$$"""{"auths":{"x":{"auth":"{{{Password}}}" """);
    }

    public void Dispose() => cli.Dispose();

    private static string B64(string s) => Canary.Base64(s);

    private static readonly IReadOnlyList<string> Canaries = new Canary(User, Password).Forms;

    private static readonly (int Exit, string[] Args)[] CommandList =
    [
        (0, ["create", "s", "--registry", "file.example.com", "--dry-run", "client", "-n", "ns", "--verbose"]),
        (0, ["create", "s", "--registry", "file.example.com", "--registry", "helper.example.com", "--registry", "plain.example.com", "--dry-run", "client", "-n", "a", "-n", "b", "--verbose"]),
        (0, ["create", "s", "--registry", "helper.example.com", "--dry-run", "client", "-n", "ns", "-o", "name"]),
        (0, ["create", "s", "--registry", "file.example.com", "--dry-run", "client", "-n", "ns", "-o", "json"]),
        (0, ["create", "s", "--registry", "helper.example.com", "--dry-run", "client", "-n", "a", "-n", "b", "-o", "yaml"]),
        (0, ["create", "s", "--all-registries", "--dry-run", "client", "-n", "ns", "--verbose"]),
        (0, ["create", "s", "--all-registries", "--dry-run", "client", "-n", "ns", "-o", "json", "--verbose"]),
        (1, ["create", "s", "--registry", "token.example.com", "--dry-run", "client", "-n", "ns"]),
        (1, ["create", "s", "--registry", "bad.example.com", "--dry-run", "client", "-n", "ns"]),
        (1, ["create", "s", "--registry", "broken.example.com", "--dry-run", "client", "-n", "ns", "--verbose"]),
        (1, ["create", "s", "--registry", "missing.example.com", "--dry-run", "client", "-n", "ns"]),
        (2, ["create", "Bad_Name", "--registry", "file.example.com", "--dry-run", "client", "-n", "ns"]),
        (0, ["create", "s", "--docker-server", "typed.example.com", "--docker-username", User, "--docker-password-env", "CANARY_PW", "--dry-run", "client", "-n", "ns", "--verbose"]),
        (0, ["create", "s", "--docker-server", "typed.example.com", "--docker-username", User, "--docker-password-stdin", "--dry-run", "client", "-n", "ns", "-o", "yaml"]),
        (2, ["create", "s", "--docker-server", "typed.example.com", "--docker-username", User, "--docker-password", Password, "--dry-run", "client"]),
        (2, ["create", "s", "--docker-server", "typed.example.com", "--docker-username", User, $"--docker-password={Password}", "--dry-run", "client"]),
        (1, ["create", "s", "--registry", "x", "--from-docker-config", "BROKEN", "--dry-run", "client", "-n", "ns"]),
        (0, ["inspect"]),
        (0, ["inspect", "--verbose"]),
        (0, ["inspect", "-o", "json"]),
        (1, ["inspect", "--registry", "helper.example.com", "--registry", "broken.example.com", "--registry", "bad.example.com", "--verbose"]),
        (1, ["inspect", "--from-docker-config", "BROKEN"]),
    ];

    public static TheoryData<int, string[]> Commands()
    {
        var data = new TheoryData<int, string[]>();
        foreach (var (exit, args) in CommandList)
        {
            data.Add(exit, args);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task NeverPrintsTheCanaryOutsideTheDataValue(int exit, string[] args)
    {
        // arrange
        args = args.Select(a => a == "BROKEN" ? Path.Combine(cli.Root, "broken", "config.json") : a).ToArray();

        // act
        var run = await cli.RunWithStdinAsync(Password + "\n", args);

        // assert
        Assert.True(exit == run.Exit, $"exit {run.Exit}, expected {exit}; stderr: {run.Err}");
        var stdout = DataValue().Replace(run.Out, "$1<data>");
        foreach (var canary in Canaries)
        {
            Assert.DoesNotContain(canary, stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(canary, run.Err, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutsTheCanaryIntoTheDataValueWhenAskedForJson()
    {
        // arrange / act
        var run = await cli.RunAsync("create", "s", "--registry", "file.example.com", "--dry-run", "client", "-n", "ns", "-o", "json");

        // assert
        var data = Regex.Match(run.Out, "\"\\.dockerconfigjson\": \"([^\"]+)\"").Groups[1].Value;
        Assert.Contains(Password, Encoding.UTF8.GetString(Convert.FromBase64String(data)), StringComparison.Ordinal);
    }

    // The .dockerconfigjson / .dockercfg value in -o json ("key": "value") and -o yaml (key: value).
    [GeneratedRegex("(\"?\\.docker(?:configjson|cfg)\"?: \"?)[A-Za-z0-9+/=]+")]
    private static partial Regex DataValue();
}
