namespace PullSecretTasks.Benchmarks;

/// <summary>One line of the report: medians of the alternating pairs, or single timings, in ms (or MB for RSS).</summary>
internal sealed record BenchRow(string Work, string Ours, string Theirs, double OursValue, double TheirsValue, string Unit, int Samples, string? Target)
{
    public double Ratio => OursValue / TheirsValue;
}
