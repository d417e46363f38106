using System.Globalization;
using PullSecretTasks.Benchmarks;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;

// Side by side in one run, the same work done by pullsecret and by kubectl against the same in-memory API server
// (build/build.sh bench). Speed is measured here and written to docs/performance.md, never asserted in tests.
var pairs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 9;
var report = args.Length > 1 ? args[1] : Path.Combine(RepositoryRoot.Path, "docs", "performance.md");
await using var bed = await BenchBed.StartAsync();
var rows = new List<BenchRow>();
void Add(BenchRow row)
{
    rows.Add(row);
    Console.WriteLine(FormattableString.Invariant($"{row.Work,-62} {row.OursValue,9:0.0} {row.TheirsValue,9:0.0} {row.Unit,-3} {row.Ratio,6:0.00}x"));
}

Console.WriteLine($"{"work",-62} {"pullsecret",9} {"kubectl",9}     ratio");
var https = bed.HttpsKubeconfig;
var http = bed.HttpKubeconfig;

var dry = Pairs.Medians(pairs,
    i => CommandRunner.Time([bed.Ours(https, bed.OurCreate("s", "-n", "ns1", "--dry-run", "client", "-o", "json"))]),
    i => CommandRunner.Time([bed.Theirs(https, false, bed.TheirCreate("s", "-n", "ns1", "--dry-run=client", "-o", "json"))]));
Add(new("Client dry run, -o json", "pullsecret create --dry-run client", "kubectl create secret docker-registry --dry-run=client", dry.Ours, dry.Theirs, "ms", pairs, "≤ 0.25x"));

foreach (var (label, kubeconfig, ns) in new[] { ("HTTPS, bearer token", https, "ns1"), ("plain HTTP, user without credentials", http, "ns1") })
{
    var run = Pairs.Medians(pairs,
        i => CommandRunner.Time([bed.Ours(kubeconfig, bed.OurCreate($"p{label.Length}-{i + 1}", "-n", ns, "--link", "builder", "--for", "pull,mount"))]),
        i => CommandRunner.Time([bed.Theirs(kubeconfig, false, bed.TheirCreate($"k{label.Length}-{i + 1}", "-n", ns)), bed.Theirs(kubeconfig, false, BenchBed.TheirLink($"k{label.Length}-{i + 1}", ns))]));
    Add(new($"Create and link to builder, {label}", "pullsecret create --link builder", "kubectl create secret docker-registry + kubectl patch sa", run.Ours, run.Theirs, "ms", pairs, "≤ 0.25x (must: 0.5x)"));
}

var rssOurs = CommandRunner.PeakRssMb([bed.Ours(https, bed.OurCreate("rss", "-n", "ns1", "--link", "builder"))]);
var rssTheirs = CommandRunner.PeakRssMb([bed.Theirs(https, false, bed.TheirCreate("krss", "-n", "ns1")), bed.Theirs(https, false, BenchBed.TheirLink("krss", "ns1"))]);
Add(new("Peak RSS of create and link (largest process)", "pullsecret", "kubectl", rssOurs, rssTheirs, "MB", 1, "≤ 1.00x"));

var first = MSBuildBench.Run(bed, pairs, rerun: false);
Add(new("MSBuild target time, first build", "CreatePullSecrets", "two Exec kubectl", first.Ours, first.Theirs, "ms", pairs, "≤ 0.5x"));
var again = MSBuildBench.Run(bed, pairs, rerun: true);
Add(new("MSBuild target time, unchanged re-run", "CreatePullSecrets", "two Exec kubectl", again.Ours, again.Theirs, "ms", pairs, "≤ 0.5x"));

await using (var wide = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = "bench" }))
{
    var namespaces = Enumerable.Range(1, 100).Select(n => $"ns{n:000}").ToList();
    namespaces.ForEach(ns => wide.SeedOpenShiftNamespace(ns));
    var kubeconfig = KubeconfigWriter.Write(wide, Path.Combine(bed.Work, "wide"), "ns001");
    var ours = CommandRunner.Time([bed.Ours(kubeconfig, bed.OurCreate("wide", [.. namespaces.SelectMany(ns => new[] { "-n", ns }), "--link", "builder"]))]);
    var loop = CommandRunner.Time([.. namespaces.SelectMany(ns => new[]
    {
        bed.Theirs(kubeconfig, false, bed.TheirCreate("kwide", "-n", ns)),
        bed.Theirs(kubeconfig, false, BenchBed.TheirLink("kwide", ns)),
    })]);
    Add(new("100 namespaces, create and link (one run each)", "pullsecret create -n ×100", "sequential kubectl loop (200 runs)", ours, loop, "ms", 1, null));
}

Report.Write(report, rows, pairs, bed);
Console.WriteLine($"ratio = pullsecret / kubectl (below 1.00: pullsecret is cheaper). Written to {report}.");
