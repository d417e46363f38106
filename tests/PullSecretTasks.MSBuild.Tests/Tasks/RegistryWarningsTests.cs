using System.Text;
using PullSecretTasks.MSBuild.Tests.Infra;
using PullSecretTasks.TestInfra.Beds;

namespace PullSecretTasks.MSBuild.Tests.Tasks;

/// <summary>The core's registry-aware warnings reach the build log with their codes, never with the credential.</summary>
public sealed class RegistryWarningsTests
{
    private static string Base64Url(string text) => TestInfra.Secrets.TestJwt.Base64Url(text);

    [Fact]
    public async Task AJwtPasswordWarnsWithPsec1105AndItsExpiryWithoutTheToken()
    {
        // arrange: the login's password is a JWT that expires in two hours
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var exp = DateTimeOffset.UtcNow.AddHours(2);
        bed.Login("robot", $$"""eyJhbGciOiJSUzI1NiJ9.{{Base64Url($$"""{"exp":{{exp.ToUnixTimeSeconds()}},"canary":"c4n4ry"}""")}}.c2lnbmF0dXJl""");
        var engine = new FakeBuildEngine();

        // act
        var ok = BedTasks.Create(bed, engine, "pull;mount", "10s").Execute();

        // assert
        Assert.True(ok, engine.AllText);
        var warning = Assert.Single(engine.Warnings, w => w.Code == ErrorCodes.ShortLivedCredential);
        Assert.Contains(exp.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), warning.Message, StringComparison.Ordinal);
        bed.AssertNoLeak(engine.AllText, "build log");
    }

    [Fact]
    public async Task LinkingBuilderForMountOnlyWarnsWithPsec1106InTheBuildLog()
    {
        // arrange
        await using var bed = await FakeClusterBed.StartAsync("psec-msbt", "testuser");
        var engine = new FakeBuildEngine();

        // act
        var ok = BedTasks.Create(bed, engine, "mount", "10s").Execute();

        // assert
        Assert.True(ok, engine.AllText);
        var warning = Assert.Single(engine.Warnings, w => w.Code == ErrorCodes.BuilderMountOnly);
        Assert.DoesNotContain("--for", warning.Message, StringComparison.Ordinal);
    }
}
