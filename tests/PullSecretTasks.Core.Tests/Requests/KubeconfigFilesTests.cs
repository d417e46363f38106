using PullSecretTasks.Core.Tests.Docker;
using PullSecretTasks.Kubernetes;

// Root test namespace on purpose: a PullSecretTasks.Core.Tests.Requests namespace would shadow PullSecretTasks.Requests
// for every test written as Requests.X under PullSecretTasks.Core.Tests.*.
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.Core.Tests;

/// <summary>The namespace a create without -n uses (kubectl's loading rules).</summary>
public sealed class KubeconfigFilesTests : IDisposable
{
    private readonly TestDirectory temp = TestDirectory.Create("psec-ut");
    private readonly Dictionary<string, string> vars;

    public KubeconfigFilesTests() => vars = new Dictionary<string, string> { ["HOME"] = temp.CreateDirectory("home") };

    public void Dispose() => temp.Dispose();

    /// <summary>Writes a kubeconfig with the given contexts (name, namespace or null) and returns its path.</summary>
    internal static string Write(TestDirectory temp, string file, string? current, params (string Name, string? Namespace)[] contexts)
    {
        var lines = new List<string> { "apiVersion: v1", "kind: Config" };
        if (current is not null)
        {
            lines.Add($"current-context: {current}");
        }
        lines.Add("clusters:");
        lines.Add($"- name: c-{file}");
        lines.Add("  cluster:");
        lines.Add("    server: https://127.0.0.1:6443");
        lines.Add("users:");
        lines.Add($"- name: u-{file}");
        lines.Add("  user:");
        lines.Add("    token: not-a-real-token");
        lines.Add("contexts:");
        foreach (var (name, ns) in contexts)
        {
            lines.Add($"- name: {name}");
            lines.Add("  context:");
            lines.Add($"    cluster: c-{file}");
            lines.Add($"    user: u-{file}");
            if (ns is not null)
            {
                lines.Add($"    namespace: {ns}");
            }
        }
        return temp.WriteFile(file, string.Join('\n', lines) + "\n");
    }

    private string Namespace(string? kubeconfig = null, string? context = null) =>
        ClusterTarget.Load(kubeconfig, context, RunnerEnvironment.From(vars, userId: 1000)).DefaultNamespace;

    [Fact]
    public void UsesTheCurrentContextsNamespace()
    {
        // arrange
        temp.WriteFile("home/.kube/config", File.ReadAllText(Write(temp, "kc", "dev", ("dev", "team-dev"))));

        // act
        var ns = Namespace();

        // assert
        Assert.Equal("team-dev", ns);
    }

    [Fact]
    public void MergesSeveralKubeconfigFilesWithTheFirstCurrentContextWinning()
    {
        // arrange
        var first = Write(temp, "one", "prod", ("dev", "team-dev"));
        var second = Write(temp, "two", "dev", ("prod", "team-prod"), ("dev", "ignored"));
        vars["KUBECONFIG"] = string.Join(Path.PathSeparator, first, temp.Combine("missing"), second);

        // act
        var current = Namespace();
        var dev = Namespace(context: "dev");

        // assert
        Assert.Equal(("team-prod", "team-dev"), (current, dev));
    }

    [Fact]
    public void UsesTheNamedContext()
    {
        // arrange
        var file = Write(temp, "kc", "dev", ("dev", "team-dev"), ("ops", "team-ops"), ("bare", null));

        // act
        var ops = Namespace(file, "ops");
        var bare = Namespace(file, "bare");

        // assert
        Assert.Equal(("team-ops", "default"), (ops, bare));
    }

    [Fact]
    public void FailsForAContextThatDoesNotExist()
    {
        // arrange
        var file = Write(temp, "kc", "dev", ("dev", "team-dev"));

        // act
        var ex = Assert.Throws<PullSecretException>(() => Namespace(file, "nope"));

        // assert
        Assert.Equal(ErrorCodes.KubeconfigInvalid, ex.Code);
        Assert.Contains("\"nope\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FailsForANamedContextWithoutAnyKubeconfig()
    {
        // arrange: no kubeconfig anywhere.

        // act
        var ex = Assert.Throws<PullSecretException>(() => Namespace(context: "nope"));

        // assert
        Assert.Equal(ErrorCodes.KubeconfigInvalid, ex.Code);
    }

    [Fact]
    public void UsesDefaultWithoutAnyKubeconfig()
    {
        // arrange: no kubeconfig anywhere.

        // act
        var ns = Namespace();

        // assert
        Assert.Equal("default", ns);
    }

    [Fact]
    public void FailsForAMissingKubeconfigFile()
    {
        // arrange
        var missing = temp.Combine("nope");

        // act
        var ex = Assert.Throws<PullSecretException>(() => Namespace(missing));

        // assert
        Assert.Equal(ErrorCodes.KubeconfigInvalid, ex.Code);
    }
}
