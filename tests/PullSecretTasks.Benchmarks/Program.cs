using System.Globalization;
using System.Text;
using PullSecretTasks.Benchmarks;
using PullSecretTasks.TestInfra.KubeApi;

// Side by side in one run, the same work done by pullsecret and by kubectl against the same in-memory API
// server; reports medians and the ratio. Speed is measured here, never asserted in tests.
var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
var work = Directory.CreateTempSubdirectory("psec-bench-").FullName;
await using var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = "bench" });
server.SeedOpenShiftNamespace("ns1");
var kubeconfig = KubeconfigWriter.Write(server, work, "ns1");
Directory.CreateDirectory(Path.Combine(work, "docker"));
var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("testuser:testpass"));
File.WriteAllText(Path.Combine(work, "docker", "config.json"), "{\"auths\":{\"registry.example.com\":{\"auth\":\"" + auth + "\"}}}");
var runner = new CommandRunner(work, kubeconfig, Path.Combine(work, "docker"));

var scenarios = new (string Name, Func<int, string[][]> Ours, Func<int, string[][]> Theirs)[]
{
    ("client dry run of a docker-registry secret",
        i => [["create", "s", "--registry", "registry.example.com", "--dry-run", "client", "-o", "json"]],
        i => [["create", "secret", "docker-registry", "s", "--docker-server=registry.example.com", "--docker-username=testuser", "--docker-password=testpass", "--dry-run=client", "-o", "json"]]),
    ("create a secret and link it to builder (pull and mount)",
        i => [["create", $"p{i}", "--registry", "registry.example.com", "--link", "builder"]],
        i => [
            ["create", "secret", "docker-registry", $"k{i}", "--docker-server=registry.example.com", "--docker-username=testuser", "--docker-password=testpass"],
            ["patch", "serviceaccount", "builder", "--type=json", "-p", $$$"""[{"op":"add","path":"/imagePullSecrets/-","value":{"name":"k{{{i}}}"}},{"op":"add","path":"/secrets/-","value":{"name":"k{{{i}}}"}}]"""],
        ]),
};

Console.WriteLine($"{"scenario",-58} {"pullsecret",12} {"kubectl",12} {"ratio",8}");
foreach (var (name, ours, theirs) in scenarios)
{
    runner.Warm(ours(-1), theirs(-1));
    var a = new List<double>();
    var b = new List<double>();
    for (var i = 0; i < iterations; i++)
    {
        // Interleaved so that machine noise hits both sides alike.
        a.Add(runner.Time(ours(i), pullsecret: true));
        b.Add(runner.Time(theirs(i), pullsecret: false));
    }
    var (ma, mb) = (Median(a), Median(b));
    Console.WriteLine(FormattableString.Invariant($"{name,-58} {ma,10:0.0}ms {mb,10:0.0}ms {ma / mb,7:0.00}x"));
}
Console.WriteLine("ratio = pullsecret / kubectl median wall time (below 1.00: pullsecret is faster).");
Directory.Delete(work, recursive: true);

static double Median(List<double> xs)
{
    xs.Sort();
    return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[(xs.Count / 2) - 1] + xs[xs.Count / 2]) / 2;
}
