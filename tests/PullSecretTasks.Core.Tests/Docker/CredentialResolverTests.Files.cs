namespace PullSecretTasks.Core.Tests.Docker;

public sealed partial class CredentialResolverTests
{
    private const string A = "Zm9vOmJhcg=="; // foo:bar
    private const string B = "cGluZzpwb25n"; // ping:pong

    [Fact]
    public void ReadsOnlyDockerConfigWhenItIsSet_D1()
    {
        // arrange
        var cfg = temp.CreateDirectory("cfg");
        temp.WriteFile("cfg/config.json", Auths("r.example.com", $$$$"""{"auth":"{{{{A}}}}"}"""));
        temp.WriteFile("run/containers/auth.json", Auths("r.example.com", $$$$"""{"auth":"{{{{B}}}}"}"""));
        DockerConfig(Auths("other.example.com", $$$$"""{"auth":"{{{{B}}}}"}"""));
        vars["DOCKER_CONFIG"] = cfg;

        // act
        var credential = Resolve("r.example.com");
        var ex = Fails("other.example.com");

        // assert
        Assert.Equal("foo", credential.Username);
        Assert.Equal(ErrorCodes.RegistryNotFound, ex.Code);
    }

    [Fact]
    public void ReadsOnlyRegistryAuthFileWhenItIsSet_D2()
    {
        // arrange
        vars["REGISTRY_AUTH_FILE"] = temp.WriteFile("a.json", Auths("a.example.com", $$$$"""{"auth":"{{{{A}}}}"}"""));
        vars["DOCKER_CONFIG"] = temp.CreateDirectory("cfg");
        temp.WriteFile("cfg/config.json", Auths("r.example.com", $$$$"""{"auth":"{{{{B}}}}"}"""));
        DockerConfig(Auths("r.example.com", $$$$"""{"auth":"{{{{B}}}}"}"""));

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.RegistryNotFound, ex.Code);
        Assert.Contains("a.example.com", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipsAnEmptyEntryAndSearchesTheNextFile_D3()
    {
        // arrange
        temp.WriteFile("run/containers/auth.json", Auths("r.example.com", "{}"));
        DockerConfig(Auths("r.example.com", $$$$"""{"auth":"{{{{UserPass}}}}"}"""));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal(("user", "pass"), (credential.Username, credential.Password));
    }

    [Fact]
    public void WarnsAboutAMissingRuntimeDirAndSearchesOn_D4()
    {
        // arrange
        vars["XDG_RUNTIME_DIR"] = temp.Combine("nonexistent");
        DockerConfig(Auths("r.example.com", $$$$"""{"auth":"{{{{UserPass}}}}"}"""));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal("user", credential.Username);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(ErrorCodes.RuntimeDirMissing, warning.Code);
        Assert.Contains(temp.Combine("nonexistent"), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheLegacyDockercfgLast_D5()
    {
        // arrange
        temp.WriteFile("home/.dockercfg", """{"http://index.docker.io/v1":{"auth":"ZG9ja2VyOmlvLWxlZ2FjeQ=="}}""");

        // act
        var credential = Resolve("docker.io");

        // assert
        Assert.Equal(("docker", "io-legacy"), (credential.Username, credential.Password));
        Assert.Equal("https://index.docker.io/v1/", credential.Registry.SecretKey);
    }

    [Fact]
    public void PrefersConfigJsonOverTheLegacyDockercfg_D6()
    {
        // arrange
        temp.WriteFile("home/.dockercfg", """{"https://index.docker.io/v1/":{"auth":"ZG9ja2VyOmlvLWxlZ2FjeQ=="}}""");
        DockerConfig("""{"auths":{"docker.io":{"auth":"ZG9ja2VyOmlv"},"index.docker.io":{"auth":"aW5kZXg6ZG9ja2VyLmlv"}}}""");

        // act
        var credential = Resolve("docker.io");

        // assert
        Assert.Equal(("docker", "io"), (credential.Username, credential.Password));
    }

    [Fact]
    public void ReadsAnExplicitFileAlone()
    {
        // arrange
        var file = temp.WriteFile("elsewhere/auth.json", Auths("a.example.com", $$$$"""{"auth":"{{{{A}}}}"}"""));
        DockerConfig(Auths("r.example.com", $$$$"""{"auth":"{{{{B}}}}"}"""));

        // act
        var credential = Resolve("a.example.com", file);
        var ex = Fails("r.example.com", file);

        // assert
        Assert.Equal("foo", credential.Username);
        Assert.Equal(ErrorCodes.RegistryNotFound, ex.Code);
    }

    [Fact]
    public void ReadsConfigJsonFromAnExplicitFolder()
    {
        // arrange
        var folder = temp.CreateDirectory("elsewhere");
        temp.WriteFile("elsewhere/config.json", Auths("a.example.com", $$$$"""{"auth":"{{{{A}}}}"}"""));

        // act
        var credential = Resolve("a.example.com", folder);

        // assert
        Assert.Equal(temp.Combine("elsewhere", "config.json"), credential.Source.File);
    }

    [Fact]
    public void FailsWhenAnExplicitPathDoesNotExist()
    {
        // arrange
        var missing = temp.Combine("missing.json");
        var emptyFolder = temp.CreateDirectory("empty");

        // act
        var file = Fails("r.example.com", missing);
        var folder = Fails("r.example.com", emptyFolder);

        // assert
        Assert.Equal((ErrorCodes.AuthFileNotFound, ErrorCodes.AuthFileNotFound), (file.Code, folder.Code));
        Assert.Contains(missing, file.Message, StringComparison.Ordinal);
        Assert.Contains(emptyFolder, folder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LetsTheFirstFileHoldingTheRegistryWin()
    {
        // arrange
        temp.WriteFile("run/containers/auth.json", Auths("r.example.com", $$$$"""{"auth":"{{{{A}}}}"}"""));
        temp.WriteFile("home/.config/containers/auth.json", Auths("r.example.com", $$$$"""{"auth":"{{{{B}}}}"}"""));
        DockerConfig(Auths("r.example.com", $$$$"""{"auth":"{{{{UserPass}}}}"}"""));

        // act
        var credential = Resolve("r.example.com");

        // assert
        Assert.Equal("foo", credential.Username);
    }

    [Fact]
    public void ReadsXdgConfigHomeInsteadOfHomeConfig()
    {
        // arrange
        vars["XDG_CONFIG_HOME"] = temp.CreateDirectory("xdg");
        temp.WriteFile("xdg/containers/auth.json", Auths("r.example.com", $$$$"""{"auth":"{{{{A}}}}"}"""));
        temp.WriteFile("home/.config/containers/auth.json", Auths("other.example.com", $$$$"""{"auth":"{{{{B}}}}"}"""));

        // act
        var credential = Resolve("r.example.com");
        var ex = Fails("other.example.com");

        // assert
        Assert.Equal("foo", credential.Username);
        Assert.Equal(ErrorCodes.RegistryNotFound, ex.Code);
    }

    [Fact]
    public void ReportsNoLoginWhenNoFileExists()
    {
        // arrange: nothing written.

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.NoLogin, ex.Code);
        Assert.Contains(temp.Combine("home", ".docker", "config.json"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesTheFileButNotItsContentWhenJsonIsInvalid()
    {
        // arrange
        var path = DockerConfig("""{"auths":{"r.example.com":{"auth":"c2VjcmV0LWNhbmFyeQ==" """);

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.AuthFileInvalid, ex.Code);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LWNhbmFyeQ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("auths", ex.Message, StringComparison.Ordinal);
    }
}
