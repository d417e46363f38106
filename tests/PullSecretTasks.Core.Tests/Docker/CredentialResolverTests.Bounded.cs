using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>Auth files are read only when they are regular files of a sane size, checked before opening them.</summary>
public sealed partial class CredentialResolverTests
{
    [Fact]
    public async Task AFifoAsTheDockerConfigIsRefusedWithPsec1002InsteadOfBlocking()
    {
        // arrange: opening a FIFO for reading blocks until a writer comes, which none will.
        var folder = temp.CreateDirectory("fifo-config");
        var fifo = Path.Combine(folder, "config.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync(Ct);
        }
        vars["DOCKER_CONFIG"] = folder;

        // act: a generous guard, so a regression fails the test instead of hanging the suite
        var ex = await Assert.ThrowsAsync<PullSecretException>(() => Task.Run(() => Resolve("r.example.com"), Ct).WaitAsync(TimeSpan.FromMinutes(1), Ct));

        // assert
        Assert.Equal(ErrorCodes.AuthFileInvalid, ex.Code);
        Assert.Contains(fifo, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a regular file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuthFileLargerThanAnyLoginIsRefusedWithPsec1002BeforeReading()
    {
        // arrange: a sparse 17 MiB file costs no disk and no time
        var path = temp.Combine("home", ".docker", "config.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path))
        {
            stream.SetLength(17L * 1024 * 1024);
        }

        // act
        var ex = Fails("r.example.com");

        // assert
        Assert.Equal(ErrorCodes.AuthFileInvalid, ex.Code);
        Assert.Contains("larger than 16 MiB", ex.Message, StringComparison.Ordinal);
    }
}
