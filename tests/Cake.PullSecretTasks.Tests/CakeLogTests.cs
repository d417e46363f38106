using Cake.Core.Diagnostics;
using Cake.PullSecretTasks.Tests.Support;

namespace Cake.PullSecretTasks.Tests;

public class CakeLogTests
{
    [Fact]
    public void MapsDetailProgressAndCodedWarningsToFittingVerbosities()
    {
        // arrange
        var fake = new FakeCakeLog();
        var log = new CakeLog(fake);

        // act
        log.Verbose("Reading /tmp/{odd}/config.json (explicit).");
        log.Info("Waiting for serviceaccount/builder in ns1 to appear...");
        log.Warn("PSEC1103", "key \"a\" appears more than once {0}");

        // assert
        Assert.Equal(
            [
                new FakeCakeLog.Entry(Verbosity.Verbose, LogLevel.Verbose, "Reading /tmp/{odd}/config.json (explicit)."),
                new FakeCakeLog.Entry(Verbosity.Normal, LogLevel.Information, "Waiting for serviceaccount/builder in ns1 to appear..."),
                new FakeCakeLog.Entry(Verbosity.Minimal, LogLevel.Warning, "warning PSEC1103: key \"a\" appears more than once {0}"),
            ],
            fake.Entries);
    }
}
