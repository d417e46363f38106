using System.Diagnostics;
using System.Runtime.Versioning;

namespace PullSecretTasks.Tool.Tests;

/// <summary>
/// --timeout is the budget of the whole run, credential helpers included: a hanging credsStore costs the run's
/// timeout once, not its own 30 s per call. The only time asserted is a generous bound a regression would break.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class RunTimeoutTests : IDisposable
{
    private readonly CliHarness cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task AHangingCredsStoreEndsTheRunAtItsTimeoutWithPsec1009NamingTheTimeoutFlag()
    {
        // arrange: two registries in the store; each get would hang for the helper's own 30 s before this fix.
        cli.DockerConfig("""{"auths":{"a.example.com":{},"b.example.com":{}},"credsStore":"hang"}""");
        cli.Helper("hang", "exec sleep 120");
        var clock = Stopwatch.StartNew();

        // act
        var run = await cli.RunAsync("create", "pull", "--registry", "a.example.com", "--registry", "b.example.com", "--dry-run=client", "--timeout", "2s")
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // assert
        Assert.NotEqual(0, run.Exit);
        Assert.Contains("PSEC1009", run.Err, StringComparison.Ordinal);
        Assert.Contains("--timeout", run.Err, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(25), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task AHelperThatLeavesABackgroundChildDoesNotHoldTheRunUp()
    {
        // arrange
        cli.DockerConfig("""{"credHelpers":{"r.example.com":"bg"}}""");
        cli.Helper("bg", """cat >/dev/null; echo '{"Username":"u","Secret":"s"}'; sleep 75 &""");
        var clock = Stopwatch.StartNew();

        // act
        var run = await cli.RunAsync("create", "pull", "--registry", "r.example.com", "--dry-run=client", "-o", "name")
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // assert
        Assert.True(run.Exit == 0, run.All);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }
}
