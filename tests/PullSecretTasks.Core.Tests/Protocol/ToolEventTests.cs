using PullSecretTasks.Options;
using PullSecretTasks.Protocol;

namespace PullSecretTasks.Core.Tests.Protocol;

public sealed class ToolEventTests
{
    [Fact]
    public void AnErrorWithItsSettingsSurvivesTheLine()
    {
        // arrange
        var sent = new ToolEvent("error", "The \"x\" failed.\nNext line.", ErrorCodes.ServiceAccountNotFound, [Setting.Timeout, Setting.LinkTo]);

        // act
        var read = ToolEvent.Parse(sent.ToJson())!;

        // assert
        Assert.DoesNotContain('\n', sent.ToJson());
        Assert.Equal((sent.Kind, sent.Message, sent.Code), (read.Kind, read.Message, read.Code));
        Assert.Equal([Setting.Timeout, Setting.LinkTo], read.Settings);
    }

    [Fact]
    public void ASecretSurvivesTheLine()
    {
        // arrange
        var secret = new SecretLine("pull", "ns1", "kubernetes.io/dockerconfigjson", "Created", true, ["ghcr.io", "quay.io"], ["builder"], ["Pull secret 'pull' created.", "Service account 'builder' linked."]);

        // act
        var read = ToolEvent.Parse(new ToolEvent("secret", Secret: secret).ToJson())!.Secret!;

        // assert
        Assert.Equal((secret.Name, secret.Namespace, secret.Type, secret.Action, secret.DryRun), (read.Name, read.Namespace, read.Type, read.Action, read.DryRun));
        Assert.Equal(secret.Registries, read.Registries);
        Assert.Equal(secret.LinkedTo, read.LinkedTo);
        Assert.Equal(secret.Lines, read.Lines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"message\":\"no kind\"}")]
    public void AnythingElseIsNoEvent(string line)
    {
        // act
        var read = ToolEvent.Parse(line);

        // assert
        Assert.Null(read);
    }
}
