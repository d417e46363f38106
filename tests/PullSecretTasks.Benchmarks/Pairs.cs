namespace PullSecretTasks.Benchmarks;

/// <summary>Alternating pairs: ours then theirs, then theirs then ours, so drift and noise hit both sides alike.</summary>
internal static class Pairs
{
    public static (double Ours, double Theirs) Medians(int pairs, Func<int, double> ours, Func<int, double> theirs)
    {
        ours(-1);
        theirs(-1);
        var a = new List<double>();
        var b = new List<double>();
        for (var i = 0; i < pairs; i++)
        {
            if (i % 2 == 0)
            {
                a.Add(ours(i));
                b.Add(theirs(i));
            }
            else
            {
                b.Add(theirs(i));
                a.Add(ours(i));
            }
        }
        return (Median(a), Median(b));
    }

    public static double Median(List<double> xs)
    {
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[(xs.Count / 2) - 1] + xs[xs.Count / 2]) / 2;
    }
}
