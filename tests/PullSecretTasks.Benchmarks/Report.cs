using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace PullSecretTasks.Benchmarks;

/// <summary>Writes docs/performance.md (the table, the machine, the command) and docs/performance.svg (the bars).</summary>
internal static class Report
{
    public static void Write(string path, IReadOnlyList<BenchRow> rows, int pairs, BenchBed bed)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"""
            # Performance

            pullsecret and kubectl doing the same work, side by side in one run, against the same in-memory API server
            (tests/PullSecretTasks.TestInfra: TCP_NODELAY and one write per reply, as a Go server answers). Times are
            medians of {pairs} alternating pairs (ours first, then theirs first), after one warm-up run of each;
            the ratio is pullsecret / kubectl. Reproduce with:

            ```bash
            build/build.sh build bench
            ```

            ![pullsecret and kubectl, relative cost](performance.svg)

            | Work | pullsecret | kubectl | pullsecret | kubectl | ratio | target |
            |---|---|---|---:|---:|---:|---|

            """);
        foreach (var r in rows)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| {r.Work} | {r.Ours} | {r.Theirs} | {r.OursValue:0.0} {r.Unit} | {r.TheirsValue:0.0} {r.Unit} | {r.Ratio:0.00}x | {r.Target ?? "reported"} |\n");
        }
        md.Append(CultureInfo.InvariantCulture, $"""

            ## Machine and versions

            - CPU: {Cpu()}, {Environment.ProcessorCount} logical cores; {Os()}, kernel {Read("/proc/sys/kernel/osrelease")}
            - pullsecret: {bed.PullSecret} ({(IsNative(bed.PullSecret) ? "Native AOT" : "IL")}), {RuntimeInformation.FrameworkDescription} for the MSBuild task
            - kubectl: {CommandRunner.Run(bed.KubectlPath, ["version", "--client"], new Dictionary<string, string>()).Split('\n')[0].Trim()} ({bed.KubectlPath}, the binary the dispatcher picks for the server's v1.30; a warm --cache-dir)
            - Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.

            ## What the numbers include

            - CLI rows: the wall time of whole processes, as a shell sees them; kubectl's side is two processes
              (`create secret docker-registry`, then `patch serviceaccount` adding to both lists).
            - MSBuild rows: target times from `-clp:PerformanceSummary` of one build running both targets, the task
              folder laid out as the package has it: on linux-x64 the task loads its assemblies and starts the native
              tool once, the kubectl side pays two process starts (and Exec's shell). The re-run repeats the same
              names: pullsecret reads the secret and the account and writes nothing.
            - Peak RSS: GNU time's maximum resident set size of the largest process on each side.
            - 100 namespaces: one `pullsecret create` with 100 `-n` against 100 sequential kubectl pairs, one run each.
            """);
        File.WriteAllText(path, md.ToString().ReplaceLineEndings("\n"));
        File.WriteAllText(Path.ChangeExtension(path, ".svg"), Svg(rows));
    }

    private static string Svg(IReadOnlyList<BenchRow> rows)
    {
        const int width = 760, left = 330, bar = 14, gap = 40, scale = 380;
        var height = 30 + (rows.Count * gap);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<text x=\"4\" y=\"14\" font-weight=\"bold\">cost relative to kubectl (kubectl = 100 %)</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + 10}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#2b6cb0\"/><text x=\"{left + 24}\" y=\"13\">pullsecret</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + 100}\" y=\"4\" width=\"10\" height=\"10\" fill=\"#a0aec0\"/><text x=\"{left + 114}\" y=\"13\">kubectl</text>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = 30 + (i * gap);
            var ours = Math.Min(1.5, r.Ratio) * scale / 1.5;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 12}\">{Escape(r.Work)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{ours:0.0}\" height=\"{bar}\" fill=\"#2b6cb0\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + ours + 4:0.0}\" y=\"{y + 11}\">{r.Ratio * 100:0} %</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y + bar + 2}\" width=\"{scale / 1.5:0.0}\" height=\"{bar - 4}\" fill=\"#a0aec0\"/>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }

    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static bool IsNative(string path)
    {
        var head = new byte[4];
        using var f = File.OpenRead(path);
        f.ReadExactly(head);
        return head.AsSpan().SequenceEqual("\u007fELF"u8);
    }

    private static string Cpu() => Read("/proc/cpuinfo").Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static string Os() => Read("/etc/os-release").Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription;

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : "";
}
