using System.Diagnostics;
using PullSecretTasks.Docker;
using PullSecretTasks.Options;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>
/// A helper is read until it exits, bounded by its own timeout and the run's deadline, and a helper that cannot run
/// is "missing" or "failed", never a bug. Each wait has a generous guard so a regression fails instead of hanging.
/// </summary>
public sealed partial class CredentialHelperProcessTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task AHelperThatAnswersAndLeavesABackgroundChildHoldingStdoutIsReadWhenItExits()
    {
        // arrange: the sleep inherits stdout and stderr, so the pipes stay open for 75 s after the helper exits.
        Helper("bg", """echo '{"Username":"u","Secret":"s"}'; sleep 75 & exit 0""");
        var clock = Stopwatch.StartNew();

        // act
        var answer = await Task.Run(() => Get("bg"), Ct).WaitAsync(Guard, Ct);

        // assert: well before the sleep would end (the guard is the only bound asserted).
        Assert.Equal(("u", "s"), (answer.Username, answer.Secret));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task TheBackgroundChildOfAHelperDoesNotOutliveTheCall()
    {
        // arrange: the child records its pid, then sleeps holding stdout.
        var pidFile = temp.Combine("child.pid");
        Helper("bg", $$"""echo '{"Username":"u","Secret":"s"}'; sh -c 'echo $$ > {{pidFile}}; exec sleep 75' & sleep 0.2; exit 0""");

        // act
        await Task.Run(() => Get("bg"), Ct).WaitAsync(Guard, Ct);

        // assert: the process group was killed with it.
        var pid = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var gone = SpinWait.SpinUntil(() => !Directory.Exists($"/proc/{pid}") || File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.True(gone, $"pid {pid} is still running");
    }

    [Fact]
    public void AHelperThatIsADanglingSymlinkIsMissingNotABug()
    {
        // arrange
        File.CreateSymbolicLink(Path.Combine(bin, "docker-credential-gone"), temp.Combine("nowhere"));

        // act
        var ex = GetFails("gone");

        // assert
        Assert.Equal(ErrorCodes.HelperMissing, ex.Code);
        Assert.Contains("docker-credential-gone", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHelperNameThatClimbsOutOfThePathFolderIsMissingNotABug()
    {
        // arrange: docker-credential-../../../bin/false names no file on PATH.

        // act
        var ex = GetFails("../../../bin/false");

        // assert
        Assert.Equal(ErrorCodes.HelperMissing, ex.Code);
    }

    [Theory]
    [InlineData("#!/no/such/interpreter\necho '{}'\n")]
    [InlineData("\u007fELF-but-not-really")]
    public void AHelperThatCannotBeExecutedIsReportedAsFailedNotABug(string body)
    {
        // arrange
        var path = temp.WriteFile("bin/docker-credential-broken", body);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // act
        var ex = GetFails("broken");

        // assert
        Assert.NotEqual(ErrorCodes.Unexpected, ex.Code);
        Assert.StartsWith("PSEC10", ex.Code, StringComparison.Ordinal);
        Assert.Contains("docker-credential-broken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACallGetsNoMoreThanWhatIsLeftOfTheRunAndSaysToRaiseTheRunsTimeout()
    {
        // arrange: the helper's own limit is 30 s, but the run has 1 s left.
        Helper("slow", "exec sleep 20");
        var helpers = new CredentialHelperProcess(RunnerEnvironment.From(vars, userId: 1000), TimeSpan.FromSeconds(30), RunDeadline.In(TimeSpan.FromSeconds(1)));
        var clock = Stopwatch.StartNew();

        // act
        var ex = Assert.Throws<PullSecretException>(() => helpers.Get("slow", "r.example.com", Ct));

        // assert
        Assert.Equal(ErrorCodes.HelperTimeout, ex.Code);
        Assert.Contains("run's timeout", ex.Message, StringComparison.Ordinal);
        Assert.Equal([Setting.Timeout], ex.Settings);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void NoHelperRunsOnceTheRunsTimeIsUp()
    {
        // arrange: it would write the marker if it ran.
        var marker = temp.Combine("ran");
        Helper("any", $"touch {marker}; echo '{{}}'");
        var helpers = new CredentialHelperProcess(RunnerEnvironment.From(vars, userId: 1000), TimeSpan.FromSeconds(30), RunDeadline.In(TimeSpan.Zero));

        // act
        var ex = Assert.Throws<PullSecretException>(() => helpers.List("any", Ct));

        // assert
        Assert.Equal(ErrorCodes.HelperTimeout, ex.Code);
        Assert.False(File.Exists(marker));
    }
}
