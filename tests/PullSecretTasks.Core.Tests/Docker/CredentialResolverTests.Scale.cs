using System.Text;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>
/// Time linear in the number of entries: 50,000 registries in one file are read, matched and reported in one pass
/// each. Quadratic matching took over a minute at 20,000, far past the suite's budget, so finishing is the check.
/// </summary>
public sealed partial class CredentialResolverTests
{
    private const int Many = 50_000;

    private void ManyEntries(Func<int, string> entry)
    {
        var json = new StringBuilder("""{"auths":{""");
        for (var i = 0; i < Many; i++)
        {
            json.Append(i == 0 ? "" : ",").Append($"\"reg{i:D5}.example.com\":").Append(entry(i));
        }
        DockerConfig(json.Append("}}").ToString());
    }

    [Fact]
    public void FiftyThousandUsableRegistriesAreInspectedAndResolvedInLinearTime()
    {
        // arrange
        ManyEntries(_ => $$$"""{"auth":"{{{UserPass}}}"}""");
        var resolver = Resolver();

        // act
        var reports = resolver.Inspect([], Ct);
        var credentials = resolver.Resolve(reports.Select(r => r.Registry), Ct);

        // assert
        Assert.Equal(Many, reports.Count(r => r.Usable));
        Assert.Equal(Many, credentials.Count);
        Assert.Equal("reg49999.example.com", credentials[^1].Registry.SecretKey);
    }

    [Fact]
    public void FiftyThousandUnusableRegistriesAreReportedInLinearTimeWithAShortList()
    {
        // arrange: one usable entry among 50,000 empty ones, which are helper markers without a helper
        ManyEntries(i => i == 0 ? $$$"""{"auth":"{{{UserPass}}}"}""" : "{}");

        // act
        var reports = Resolver().Inspect([], Ct);

        // assert
        Assert.Equal(Many - 1, reports.Count(r => !r.Usable));
        var problem = reports.First(r => !r.Usable).Problem!;
        Assert.Contains("Registries with credentials: reg00000.example.com.", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNotFoundMessageListsTwentyRegistriesAndCountsTheRest()
    {
        // arrange
        var json = string.Join(",", Enumerable.Range(0, 25).Select(i => $$$"""
            "r{{{i:D2}}}.example.com":{"auth":"{{{UserPass}}}"}
            """));
        DockerConfig("""{"auths":{""" + json + "}}");

        // act
        var ex = Fails("missing.example.com");

        // assert
        Assert.Contains("r19.example.com and 5 more.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("r20.example.com", ex.Message, StringComparison.Ordinal);
    }
}
