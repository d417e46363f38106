using System.Text.Json;

namespace PullSecretTasks.Tool.Tests;

/// <summary><c>pullsecret inspect</c>: a table or JSON of what the login output holds.</summary>
public sealed class InspectCommandTests : IDisposable
{
    private readonly CliHarness cli = new();
    private readonly string config;

    public InspectCommandTests() =>
        config = cli.DockerConfig("""{"auths":{"ok.example.com":{"auth":"dXNlcjpwYXNz"},"https://index.docker.io/v1/":{"auth":"ZDpx"},"token.example.com":{"identitytoken":"t"}}}""");

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task PrintsATableOfEveryRegistryAndExitsWithZero()
    {
        // arrange / act
        var run = await cli.RunAsync("inspect");

        // assert
        Assert.Equal((0, ""), (run.Exit, run.Err));
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["REGISTRY", "KEY", "USER", "STATUS", "SOURCE"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["ok.example.com", "ok.example.com", "user", "ok", config, "(auths)"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["https://index.docker.io/v1/", "https://index.docker.io/v1/", "d", "ok"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)[..4]);
        Assert.Equal(["token.example.com", "token.example.com", "-", "PSEC1006", "-"], lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("PSEC1006 token.example.com: ", lines[4], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task PrintsJson()
    {
        // arrange / act
        var run = await cli.RunAsync("inspect", "-o", "json");

        // assert
        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        var items = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal(("ok.example.com", "user", true), (items[0].GetProperty("registry").GetString(), items[0].GetProperty("user").GetString(), items[0].GetProperty("usable").GetBoolean()));
        Assert.False(items[0].TryGetProperty("errorCode", out _));
        Assert.Equal((JsonValueKind.Null, false, "PSEC1006"), (items[2].GetProperty("user").ValueKind, items[2].GetProperty("usable").GetBoolean(), items[2].GetProperty("errorCode").GetString()));
        Assert.StartsWith("[\n  {\n    \"registry\": ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "ok.example.com")]
    [InlineData(0, "docker.io")]
    [InlineData(1, "token.example.com")]
    [InlineData(1, "missing.example.com")]
    [InlineData(1, "ok.example.com", "missing.example.com")]
    public async Task ExitsWithOneWhenAnAskedRegistryIsUnusable(int exit, params string[] registries)
    {
        // arrange
        string[] args = ["inspect", .. registries.SelectMany(r => new[] { "--registry", r })];

        // act
        var run = await cli.RunAsync(args);

        // assert
        Assert.Equal(exit, run.Exit);
        Assert.Equal(registries.Length + 1 + (exit == 0 ? 0 : registries.Count(r => r != "ok.example.com")), run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task ReadsAnExplicitConfig()
    {
        // arrange
        var other = cli.Write("other/config.json", """{"auths":{"other.example.com":{"auth":"dXNlcjpwYXNz"}}}""");

        // act
        var run = await cli.RunAsync("inspect", "--from-docker-config", other, "-o", "json");

        // assert
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("other.example.com", Assert.Single(doc.RootElement.EnumerateArray()).GetProperty("registry").GetString());
    }

    [Fact]
    public async Task FailsWithNoLoginWhenNothingIsFound()
    {
        // arrange
        File.Delete(config);

        // act
        var run = await cli.RunAsync("inspect");

        // assert
        Assert.Equal((1, ""), (run.Exit, run.Out));
        Assert.StartsWith("error PSEC1012: ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailsForAMissingExplicitConfig()
    {
        // arrange / act
        var run = await cli.RunAsync("inspect", "--from-docker-config", Path.Combine(cli.Root, "nope.json"));

        // assert
        Assert.Equal(1, run.Exit);
        Assert.StartsWith("error PSEC1001: ", run.Err, StringComparison.Ordinal);
    }
}
