using System.Text;
using PullSecretTasks.Results;

namespace PullSecretTasks.Tool.Output;

/// <summary>Prints inspect results: a table, or -o json. Only names, paths and user names; never secrets.</summary>
internal static class InspectPrinter
{
    public static string Print(IReadOnlyList<RegistryReport> reports, string? output) =>
        output == "json" ? Json(reports) : Table(reports);

    private static string Table(IReadOnlyList<RegistryReport> reports)
    {
        var rows = new List<string[]> { new[] { "REGISTRY", "KEY", "USER", "STATUS", "SOURCE" } };
        rows.AddRange(reports.Select(r => new[] { r.Registry, r.Key, r.UserName ?? "-", r.ErrorCode ?? "ok", r.Source }));
        var widths = Enumerable.Range(0, 5).Select(i => rows.Max(row => row[i].Length)).ToArray();
        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Append(string.Join("   ", row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i])))).Append('\n');
        }
        foreach (var r in reports.Where(r => !r.Usable))
        {
            sb.Append($"{r.ErrorCode} {r.Registry}: {r.Problem}\n");
        }
        return sb.ToString();
    }

    private static string Json(IReadOnlyList<RegistryReport> reports)
    {
        var json = new JsonText(2).StartArray();
        foreach (var r in reports)
        {
            json.StartObject().String("registry", r.Registry).String("key", r.Key).String("source", r.Source)
                .String("user", r.UserName).Raw("usable", r.Usable ? "true" : "false");
            if (!r.Usable)
            {
                json.String("errorCode", r.ErrorCode).String("problem", r.Problem);
            }
            json.EndObject();
        }
        return json.EndArray() + "\n";
    }
}
