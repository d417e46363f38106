using System.Text.RegularExpressions;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.Core.Tests.Docs;

/// <summary>
/// The README quotes the ratios of the last bench run, which <c>build/build.sh bench</c> writes into
/// docs/performance.md: after a bench, the two must say the same, row for row.
/// </summary>
public sealed partial class PerformanceQuoteTests
{
    [Fact]
    public void TheReadmeQuotesTheRatiosOfTheLastBenchRun()
    {
        // arrange: the bench table's rows are dry run, HTTPS, HTTP, RSS, MSBuild first, MSBuild re-run, 100 namespaces
        var bench = Table(Path.Combine(RepositoryRoot.Path, "docs", "performance.md"), "## Machine and versions")
            .Select(row => Ratio().Matches(row).Select(m => m.Value).First())
            .ToList();
        var readme = Table(Path.Combine(RepositoryRoot.Path, "README.md"), "How: ")
            .Select(row => string.Join(" ", Ratio().Matches(row).Select(m => m.Value)))
            .ToList();

        // act
        List<string> expected = [bench[0], bench[1], bench[2], bench[3], bench[6], $"{bench[4]} {bench[5]}"];

        // assert
        Assert.Equal(7, bench.Count);
        Assert.Equal(expected, readme);
    }

    // The data rows of the first Markdown table after "## Performance" (README) or at the top (the report), up to the marker.
    private static List<string> Table(string file, string before)
    {
        var text = File.ReadAllText(file);
        var start = text.IndexOf("## Performance", StringComparison.Ordinal) is var i and >= 0 ? i : 0;
        var end = text.IndexOf(before, start, StringComparison.Ordinal);
        return text[start..end].Split('\n')
            .Where(l => l.StartsWith('|') && Ratio().IsMatch(l) && !l.Contains("---", StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex(@"\d+\.\d\dx")]
    private static partial Regex Ratio();
}
