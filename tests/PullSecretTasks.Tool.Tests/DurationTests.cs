namespace PullSecretTasks.Tool.Tests;

public sealed class DurationTests
{
    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5s", 1_500)]
    [InlineData("45", 45_000)]
    [InlineData("0", 0)]
    public void ParsesGoDurations(string text, int milliseconds)
    {
        // arrange / act
        var duration = Duration.TryParse(text);

        // assert
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("30S")]
    [InlineData("1m30")]
    [InlineData("s")]
    [InlineData("5 s")]
    [InlineData("1e12")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("9999999999h")]
    public void RejectsWhatIsNotADuration(string text)
    {
        // arrange / act
        var duration = Duration.TryParse(text);

        // assert
        Assert.Null(duration);
    }
}
