using PullSecretTasks.Requests;

namespace PullSecretTasks.Tool.Tests;

public sealed class CreateOptionsTests
{
    [Theory]
    [InlineData(null, LinkFor.None)]
    [InlineData("", LinkFor.None)]
    [InlineData("pull", LinkFor.Pull)]
    [InlineData("mount", LinkFor.Mount)]
    [InlineData("pull,mount", LinkFor.Pull | LinkFor.Mount)]
    [InlineData(" Mount , PULL ", LinkFor.Pull | LinkFor.Mount)]
    [InlineData("pull,,pull", LinkFor.Pull)]
    public void ParsesFor(string? text, LinkFor expected)
    {
        // arrange / act
        var parsed = CreateOptions.ParseFor(text);

        // assert
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("push")]
    [InlineData("pull;mount")]
    [InlineData("all")]
    public void RejectsAnUnknownFor(string text)
    {
        // arrange / act
        var ex = Assert.Throws<PullSecretException>(() => CreateOptions.ParseFor(text));

        // assert
        Assert.Equal(ErrorCodes.Usage, ex.Code);
    }
}
