namespace PullSecretTasks.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void TheTestProjectRuns() => Assert.True(true);
}
