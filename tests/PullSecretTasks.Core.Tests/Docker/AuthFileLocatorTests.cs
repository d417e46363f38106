using PullSecretTasks.Docker;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>The search order of docs/credentials.md (Linux).</summary>
public sealed class AuthFileLocatorTests : IDisposable
{
    private readonly TestDirectory temp = TestDirectory.Create("psec-ut");
    private readonly RecordingLog log = new();
    private readonly Dictionary<string, string> vars = [];

    public AuthFileLocatorTests() => vars["HOME"] = temp.CreateDirectory("home");

    public void Dispose() => temp.Dispose();

    private IReadOnlyList<AuthFileCandidate> Locate(string? explicitPath = null) =>
        AuthFileLocator.Locate(explicitPath, RunnerEnvironment.From(vars, userId: 1000), log);

    private string Home(params string[] parts) => Path.Combine([vars["HOME"], .. parts]);

    [Fact]
    public void SearchesTheMergedListWhenNothingIsNamed()
    {
        // arrange
        vars["XDG_RUNTIME_DIR"] = temp.CreateDirectory("run");

        // act
        var list = Locate();

        // assert
        Assert.Equal(
            [
                new AuthFileCandidate(temp.Combine("run", "containers", "auth.json"), AuthFileFormat.Modern, "podman"),
                new AuthFileCandidate(Home(".config", "containers", "auth.json"), AuthFileFormat.Modern, "podman"),
                new AuthFileCandidate(Home(".docker", "config.json"), AuthFileFormat.Modern, "docker"),
                new AuthFileCandidate(Home(".dockercfg"), AuthFileFormat.Legacy, "legacy"),
            ],
            list);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void UsesRunContainersUidWithoutXdgRuntimeDir()
    {
        // arrange: XDG_RUNTIME_DIR unset; XDG_CONFIG_HOME set.
        vars["XDG_CONFIG_HOME"] = temp.Combine("xdg");

        // act
        var paths = Locate().Select(c => c.Path);

        // assert
        Assert.Equal(
            ["/run/containers/1000/auth.json", temp.Combine("xdg", "containers", "auth.json"), Home(".docker", "config.json"), Home(".dockercfg")],
            paths);
    }

    [Fact]
    public void SkipsAMissingXdgRuntimeDirWithAWarning()
    {
        // arrange
        vars["XDG_RUNTIME_DIR"] = temp.Combine("gone");

        // act
        var list = Locate();

        // assert
        Assert.Equal(3, list.Count);
        Assert.DoesNotContain(list, c => c.Path.StartsWith(temp.Combine("gone"), StringComparison.Ordinal));
        Assert.Equal(ErrorCodes.RuntimeDirMissing, Assert.Single(log.Warnings).Code);
    }

    [Fact]
    public void ReadsDockerConfigAlone()
    {
        // arrange
        vars["XDG_RUNTIME_DIR"] = temp.CreateDirectory("run");
        vars["DOCKER_CONFIG"] = "/cfg";

        // act
        var list = Locate();

        // assert
        Assert.Equal([new AuthFileCandidate("/cfg/config.json", AuthFileFormat.Modern, "DOCKER_CONFIG")], list);
    }

    [Fact]
    public void ReadsRegistryAuthFileAloneEvenWithDockerConfig()
    {
        // arrange
        vars["DOCKER_CONFIG"] = "/cfg";
        vars["REGISTRY_AUTH_FILE"] = "/a/auth.json";

        // act
        var list = Locate();

        // assert
        Assert.Equal([new AuthFileCandidate("/a/auth.json", AuthFileFormat.Modern, "REGISTRY_AUTH_FILE")], list);
    }

    [Fact]
    public void IgnoresEmptyVariables()
    {
        // arrange
        vars["DOCKER_CONFIG"] = "";
        vars["REGISTRY_AUTH_FILE"] = "";
        vars["XDG_RUNTIME_DIR"] = temp.CreateDirectory("run");

        // act
        var list = Locate();

        // assert
        Assert.Equal(4, list.Count);
    }

    [Fact]
    public void ReadsAnExplicitFileAloneAndKnowsTheLegacyName()
    {
        // arrange
        vars["REGISTRY_AUTH_FILE"] = "/a/auth.json";
        var modern = temp.WriteFile("x/auth.json", "{}");
        var legacy = temp.WriteFile("x/.dockercfg", "{}");

        // act
        var first = Locate(modern);
        var second = Locate(legacy);

        // assert
        Assert.Equal([new AuthFileCandidate(modern, AuthFileFormat.Modern, "explicit")], first);
        Assert.Equal([new AuthFileCandidate(legacy, AuthFileFormat.Legacy, "explicit")], second);
    }

    [Fact]
    public void ReadsConfigJsonInAnExplicitFolder()
    {
        // arrange
        var folder = temp.CreateDirectory("cfg");
        var file = temp.WriteFile("cfg/config.json", "{}");

        // act
        var list = Locate(folder);

        // assert
        Assert.Equal([new AuthFileCandidate(file, AuthFileFormat.Modern, "explicit")], list);
    }

    [Fact]
    public void FailsForAMissingExplicitPath()
    {
        // arrange
        var missing = temp.Combine("nope.json");
        var folder = temp.CreateDirectory("empty");

        // act
        var file = Assert.Throws<PullSecretException>(() => Locate(missing));
        var dir = Assert.Throws<PullSecretException>(() => Locate(folder));

        // assert
        Assert.Equal((ErrorCodes.AuthFileNotFound, ErrorCodes.AuthFileNotFound), (file.Code, dir.Code));
        Assert.Contains(missing, file.Message, StringComparison.Ordinal);
        Assert.Contains(folder, dir.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchesOnlyTheRuntimeFileWithoutAHome()
    {
        // arrange
        vars.Remove("HOME");
        vars["XDG_RUNTIME_DIR"] = temp.CreateDirectory("run");

        // act
        var list = Locate();

        // assert
        Assert.Equal(temp.Combine("run", "containers", "auth.json"), Assert.Single(list).Path);
    }
}
