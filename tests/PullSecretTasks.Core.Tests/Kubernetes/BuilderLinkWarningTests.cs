using PullSecretTasks.Core.Tests.Docker;
using PullSecretTasks.Requests;

namespace PullSecretTasks.Core.Tests.Kubernetes;

/// <summary>OpenShift 4.16+ builds read only builder's imagePullSecrets: a mount-only link to builder is warned about.</summary>
public class BuilderLinkWarningTests
{
    private static LinkRequest Link(string account, LinkFor @for) => new()
    {
        ServiceAccount = account,
        Secrets = ["pull"],
        For = @for,
        Timeout = TimeSpan.FromSeconds(10),
    };

    [Theory]
    [InlineData("builder", LinkFor.None, true)]
    [InlineData("builder", LinkFor.Mount, true)]
    [InlineData("builder", LinkFor.Pull, false)]
    [InlineData("builder", LinkFor.Pull | LinkFor.Mount, false)]
    [InlineData("default", LinkFor.Mount, false)]
    public async Task LinkingBuilderForMountOnlyWarnsWithPsec1106(string account, LinkFor @for, bool warns)
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        await bed.CreateAsync(bed.Create());
        var log = new RecordingLog();

        // act
        var result = await bed.LinkAsync(Link(account, @for), log);

        // assert: the link is made either way
        Assert.Empty(result.Failures);
        Assert.Equal(warns, log.Warnings.Any(w => w.Code == ErrorCodes.BuilderMountOnly));
    }

    [Theory]
    [InlineData(LinkFor.None, false)]
    [InlineData(LinkFor.Mount, true)]
    public async Task CreateWithLinkToBuilderWarnsOnlyWhenToldToLinkForMountOnly(LinkFor @for, bool warns)
    {
        // arrange
        await using var bed = await BedRuns.StartAsync();
        var log = new RecordingLog();

        // act
        await bed.CreateAsync(bed.Create("pull", "builder") with { For = @for }, log);

        // assert
        Assert.Equal(warns, log.Warnings.Any(w => w.Code == ErrorCodes.BuilderMountOnly));
    }
}
