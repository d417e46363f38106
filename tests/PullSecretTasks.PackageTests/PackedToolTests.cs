using PullSecretTasks.TestInfra.Registry;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.PackageTests;

/// <summary>The tool as <c>dotnet tool install --tool-path</c> installs it from the feed.</summary>
public sealed class PackedToolTests(PackagesFixture packages, TokenAuthRegistryFixture token) : IClassFixture<TokenAuthRegistryFixture>
{
    [Fact]
    public void On_linux_x64_the_installed_command_is_the_native_build()
    {
        // assert
        packages.RequireReady();
        Assert.True(File.Exists(packages.Tool), $"{packages.Tool} was not installed.");
        var store = packages.Feed.Directory.Combine("tools", ".store");
        var installed = Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.Contains("pullsecret", installed);
        Assert.DoesNotContain("pullsecret.dll", installed);
    }

    [Fact]
    public async Task The_portable_fallback_installs_and_runs_on_dotnet_where_no_native_package_fits()
    {
        // arrange: the any package is what other platforms get; installed by its own id it runs here too
        // (dotnet tool install --arch cannot ask for another Linux architecture: it knows only win and osx ones).
        packages.RequireReady();
        using var dir = TestDirectory.Create("psec-anytool");

        // act
        var install = await packages.Feed.InstallToolAsync("PullSecretTasks.Tool.any", dir.Combine("tools"), TestContext.Current.CancellationToken);
        var files = Directory.EnumerateFiles(dir.Combine("tools"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        var help = await RunAsync(dir.Combine("tools", "pullsecret"), CliEnvironment.Empty(dir), null, "--help");

        // assert
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("pullsecret.dll", files);
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("inspect", help.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInstalledCommandPrintsHelp()
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await RunAsync(CliEnvironment.Empty(dir), null, "--help");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("create", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("inspect", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInstalledCommandPrintsASecretInADryRun()
    {
        // arrange
        using var dir = TestDirectory.Create();

        // act
        var result = await RunAsync(
            CliEnvironment.Empty(dir),
            "testpass",
            "create", "s1", "--docker-server", "127.0.0.1:5123", "--docker-username", "testuser", "--docker-password-stdin",
            "--dry-run", "client", "-o", "json");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("testpass", PrintedSecret.Entry(result.StandardOutput, "127.0.0.1:5123").Password);
    }

    [Fact]
    public async Task TheInstalledCommandVerifiesAgainstATokenRegistryAndAddsItsDelegatedHost()
    {
        // arrange: the native build's HTTP and JSON paths, trimmed, against the real token-auth registry
        using var dir = TestDirectory.Create();

        // act
        var result = await RunAsync(CliEnvironment.Empty(dir), token.Canary.Password,
            "create", "s1", "--docker-server", token.Host, "--docker-username", TokenAuthRegistry.Reader, "--docker-password-stdin",
            "--verify", "--delegated-auth", "--dry-run", "client", "-o", "json");
        var refused = await RunAsync(CliEnvironment.Empty(dir), "not-the-password",
            "create", "s1", "--docker-server", token.Host, "--docker-username", TokenAuthRegistry.Reader, "--docker-password-stdin", "--verify", "--dry-run", "client");

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(TokenAuthRegistry.Reader, PrintedSecret.Entry(result.StandardOutput, token.Rig.RealmHost).Username);
        token.Canary.AssertAbsent(result.StandardError, "stderr");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error PSEC1016:", refused.StandardError, StringComparison.Ordinal);
    }

    private Task<ProcessResult> RunAsync(CliEnvironment environment, string? standardInput, params string[] arguments) =>
        RunAsync(packages.Tool, environment, standardInput, arguments);

    private async Task<ProcessResult> RunAsync(string tool, CliEnvironment environment, string? standardInput, params string[] arguments)
    {
        packages.RequireReady();
        return await ProcessRunner.RunAsync(
            tool,
            arguments,
            new ProcessOptions { StandardInput = standardInput, CleanEnvironment = true, Environment = environment.ToVariables(), Timeout = TimeSpan.FromSeconds(60) },
            TestContext.Current.CancellationToken);
    }
}
