using System.Globalization;
using System.Text.RegularExpressions;

namespace PullSecretTasks.Tool;

/// <summary>Parses --timeout like kubectl's Go durations ("30s", "2m", "1m30s", "500ms"); a bare number is seconds.</summary>
internal static partial class Duration
{
    /// <summary>The --timeout option's value: 30 s when absent, a usage error (exit 2) when not a duration.</summary>
    public static TimeSpan Option(string? text) => text is null
        ? TimeSpan.FromSeconds(30)
        : TryParse(text) ?? throw Cli.Usage($"--timeout \"{text}\" is not a duration (e.g. 30s, 2m, 1m30s).");

    public static TimeSpan? TryParse(string text)
    {
        try
        {
            return Parse(text);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException)
        {
            // "1e12", "Infinity", "NaN" or "9999999999h" do not fit a TimeSpan; before this they escaped as an
            // unhandled exception with a stack trace instead of a usage error.
            return null;
        }
    }

    private static TimeSpan? Parse(string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        var matches = Part().Matches(text);
        if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != text)
        {
            return null;
        }
        var total = TimeSpan.Zero;
        foreach (Match m in matches)
        {
            var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            total += m.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(value),
                "m" => TimeSpan.FromMinutes(value),
                "s" => TimeSpan.FromSeconds(value),
                _ => TimeSpan.FromMilliseconds(value),
            };
        }
        return total;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(ms|h|m|s)")]
    private static partial Regex Part();
}
