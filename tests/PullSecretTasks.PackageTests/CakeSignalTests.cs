using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.CakeBuild;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.PackageTests;

/// <summary>Ctrl+C in the real Cake runner while an alias works: it stops cleanly and the task fails saying what was done.</summary>
public sealed class CakeSignalTests
{
    [Fact]
    public async Task SigintWhileLinkingFailsTheTaskWithPsec9998SayingTheSecretWasCreated()
    {
        // arrange: the account update hangs on the server
        await using var bed = await FakeClusterBed.StartAsync("psec-cakesig", "cake-user");
        bed.Server.Faults.Add(new Fault { Method = "PUT", PathContains = "/serviceaccounts/builder", Delay = TimeSpan.FromSeconds(120) });
        using var directory = TestDirectory.Create("psec-cakesig");
        var script = CakeScripts.Create($"#r \"{RepositoryRoot.BuiltAssembly("Cake.PullSecretTasks")}\"", "pull", "ns1", [FakeClusterBed.Registry], bed.DockerConfigFile, bed.Kubeconfig, "builder");
        var environment = bed.Variables.Where(p => p.Key is not ("HOME" or "PATH")).ToDictionary(p => p.Key, p => (string?)p.Value);
        using var cake = await CakeRunner.StartAsync(directory, script, environment, TestContext.Current.CancellationToken);
        var until = DateTime.UtcNow.AddMinutes(2);
        while (!bed.Server.Requests.Any(r => r.Method == "PUT"))
        {
            Assert.True(DateTime.UtcNow < until && !cake.HasExited, $"Cake never got to the link:\n{cake.ReadLog()}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        // act: the terminal's Ctrl+C reaches the runner itself (dotnet tool run may host it in a child)
        await BackgroundProcess.SignalAsync(CakeProcess(cake.Id), "INT");
        var exit = await cake.WaitForExitAsync(TimeSpan.FromSeconds(60));

        // assert
        var log = cake.ReadLog();
        Assert.True(exit is not null and not 0, $"exit {exit?.ToString() ?? "none"}:\n{log}");
        Assert.Contains("PSEC9998: In namespace ns1: secret/pull created; cancelled while linking serviceaccount/builder.", log, StringComparison.Ordinal);
        bed.AssertNoLeak(log, "The Cake output");
    }

    // The deepest descendant of the runner whose command line names Cake, else the runner itself.
    private static int CakeProcess(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
            catch (IOException)
            {
            }
        }
        var found = root;
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var pid))
        {
            foreach (var child in children.GetValueOrDefault(pid) ?? [])
            {
                queue.Enqueue(child);
                if (File.Exists($"/proc/{child}/cmdline") && File.ReadAllText($"/proc/{child}/cmdline").Contains("cake", StringComparison.OrdinalIgnoreCase))
                {
                    found = child;
                }
            }
        }
        return found;
    }
}
