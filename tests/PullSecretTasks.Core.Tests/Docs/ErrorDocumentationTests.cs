using System.Reflection;
using System.Text.RegularExpressions;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.Core.Tests.Docs;

/// <summary>
/// Every help link must land on a heading: docs/errors.md has one "## PSEC####" per code in <see cref="ErrorCodes"/>,
/// no heading for a code that does not exist, and every hand-written help link (the MSBuild targets) matches
/// <see cref="ErrorCodes.HelpLink"/>.
/// </summary>
public sealed partial class ErrorDocumentationTests
{
    private static readonly string ErrorsFile = Path.Combine(RepositoryRoot.Path, "docs", "errors.md");

    private static IEnumerable<string> Codes() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(v => CodePattern().IsMatch(v));

    [Fact]
    public void EveryCodeHasExactlyOneHeadingAndEveryHeadingACode()
    {
        // arrange
        var headings = File.ReadLines(ErrorsFile).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList();

        // act
        var missing = Codes().Except(headings).Order().ToList();
        var unknown = headings.Except(Codes()).Order().ToList();
        var twice = headings.GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // assert
        Assert.True(missing.Count == 0, $"docs/errors.md lacks a heading for {string.Join(", ", missing)}.");
        Assert.True(unknown.Count == 0, $"docs/errors.md has headings for codes ErrorCodes does not define: {string.Join(", ", unknown)}.");
        Assert.Empty(twice);
    }

    [Fact]
    public void TheHelpLinkIsTheGitHubAnchorOfTheCodesHeading()
    {
        // arrange: GitHub's anchor of "## PSEC2002" is the lower-cased heading.

        // act
        var link = ErrorCodes.HelpLink(ErrorCodes.SecretNotOurs);

        // assert
        Assert.EndsWith("/docs/errors.md#psec2002", link, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHelpLinksWrittenInTheTargetsAreTheCoresHelpLinks()
    {
        // arrange
        var targets = Directory.EnumerateFiles(RepositoryRoot.SourceProject("PullSecretTasks.MSBuild"), "*.targets", SearchOption.AllDirectories)
            .Select(File.ReadAllText);

        // act
        var links = targets.SelectMany(t => HelpLinkPattern().Matches(t).Select(m => (Code: m.Groups[2].Value, Link: m.Groups[1].Value))).ToList();

        // assert
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(ErrorCodes.HelpLink(l.Code), l.Link));
    }

    [GeneratedRegex("^PSEC[0-9]{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("HelpLink=\"([^\"]*#(psec[0-9]{4}))\"", RegexOptions.IgnoreCase)]
    private static partial Regex HelpLinkPattern();
}
