namespace PullSecretTasks.Tool.Tests;

public class SmokeTests
{
    [Fact]
    public void TheTestProjectRuns() => Assert.True(true);
}
