namespace PullSecretTasks.TestInfra.Repo;

/// <summary>
/// The fenced code blocks of a Markdown file under a heading, exactly as a reader copies them: tests run what the
/// README shows instead of a copy that could drift from it.
/// </summary>
public static class MarkdownBlocks
{
    /// <summary>The blocks of <paramref name="language"/> between <paramref name="heading"/> and the next heading of the same or a higher level.</summary>
    /// <param name="file">The Markdown file, e.g. the repository's README.md.</param>
    /// <param name="heading">The heading line without its hashes, e.g. <c>Quick start: Cake</c>.</param>
    /// <param name="language">The fence's info string, e.g. <c>csharp</c>.</param>
    public static IReadOnlyList<string> Under(string file, string heading, string language)
    {
        var lines = File.ReadAllLines(file);
        var start = Array.FindIndex(lines, l => l.TrimStart('#').Trim() == heading && l.StartsWith('#'));
        if (start < 0)
        {
            throw new InvalidOperationException($"{file} has no heading \"{heading}\".");
        }
        var level = lines[start].TakeWhile(c => c == '#').Count();
        var blocks = new List<string>();
        List<string>? block = null;
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (block is null && line.StartsWith('#') && line.TakeWhile(c => c == '#').Count() <= level)
            {
                break;
            }
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (block is not null)
                {
                    blocks.Add(string.Join('\n', block) + "\n");
                    block = null;
                }
                else if (line[3..].Trim() == language)
                {
                    block = [];
                }
                else
                {
                    // Another language: skip to its closing fence.
                    i = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                    if (i < 0)
                    {
                        break;
                    }
                }
                continue;
            }
            block?.Add(line);
        }
        return blocks;
    }
}
