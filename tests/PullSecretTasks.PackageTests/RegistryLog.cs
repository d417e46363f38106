using System.Globalization;
using System.Text.RegularExpressions;

namespace PullSecretTasks.PackageTests;

/// <summary>The "response completed" lines of a docker-registry log (logrus text, RFC 3339 nano timestamps, UTC).</summary>
internal static partial class RegistryLog
{
    /// <summary>One completed request: when it started (completion time minus duration), method, URI, user agent.</summary>
    public sealed record Entry(DateTimeOffset Started, string Method, string Uri, string UserAgent);

    public static IReadOnlyList<Entry> Read(string text) =>
        text.Split('\n').Select(Parse).OfType<Entry>().OrderBy(e => e.Started).ToList();

    private static Entry? Parse(string line)
    {
        if (!line.Contains("msg=\"response completed", StringComparison.Ordinal))
        {
            return null;
        }
        var time = DateTimeOffset.Parse(Field(line, "time"), CultureInfo.InvariantCulture);
        return new Entry(time - Duration(Field(line, "http.response.duration")), Field(line, "http.request.method"),
            Field(line, "http.request.uri"), Field(line, "http.request.useragent"));
    }

    private static string Field(string line, string name)
    {
        var match = FieldPattern().Matches(line).FirstOrDefault(m => m.Groups["k"].Value == name);
        return match is null ? "" : match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["v"].Value;
    }

    // Go's time.Duration.String(): e.g. 1.064989ms, 25.3µs, 1.2s, 1m2.5s.
    private static TimeSpan Duration(string text)
    {
        var total = 0.0;
        foreach (Match m in DurationPattern().Matches(text))
        {
            var value = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            total += m.Groups["u"].Value switch
            {
                "h" => value * 3600, "m" => value * 60, "s" => value, "ms" => value / 1e3, "µs" or "us" => value / 1e6, "ns" => value / 1e9, _ => 0,
            };
        }
        return TimeSpan.FromSeconds(total);
    }

    [GeneratedRegex("""(?<k>[\w.]+)=(?:"(?<q>(?:[^"\\]|\\.)*)"|(?<v>\S+))""")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"(?<n>[0-9.]+)(?<u>h|ms|µs|us|ns|m|s)")]
    private static partial Regex DurationPattern();
}
