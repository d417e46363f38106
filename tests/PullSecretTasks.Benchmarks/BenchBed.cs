using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.Benchmarks;

/// <summary>
/// What every scenario shares: one in-memory API server per connection kind (HTTPS with a bearer token, and plain HTTP
/// with a credential-less user, as `kubectl proxy` gives), kubeconfigs for them, and the two programs: the tool as it
/// ships (the Native AOT build on linux-x64, else PULLSECRET_EXE) and the kubectl the dispatcher would pick for
/// the server's v1.30, run directly so the dispatcher's own cost is not counted against kubectl.
/// </summary>
internal sealed class BenchBed : IAsyncDisposable
{
    public const string Registry = "registry.example.com";
    public const string User = "testuser";
    public const string Password = "testpass";

    private BenchBed(string work, FakeKubeApiServer https, FakeKubeApiServer http, string pullsecret)
    {
        Work = work;
        Https = https;
        Http = http;
        PullSecret = pullsecret;
        HttpsKubeconfig = KubeconfigWriter.Write(https, Path.Combine(work, "https"), "ns1");
        HttpKubeconfig = KubeconfigWriter.Write(http, Path.Combine(work, "http"), "ns1");
    }

    public string Work { get; }

    public FakeKubeApiServer Https { get; }

    public FakeKubeApiServer Http { get; }

    public string HttpsKubeconfig { get; }

    public string HttpKubeconfig { get; }

    public string PullSecret { get; }

    public string KubectlPath { get; } = Kubectl.Versioned("1.30");

    public static async Task<BenchBed> StartAsync()
    {
        var work = Directory.CreateTempSubdirectory("psec-bench-").FullName;
        var https = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { Https = true, BearerToken = "bench" });
        var http = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions());
        https.SeedOpenShiftNamespace("ns1");
        https.SeedServiceAccount("ns1", "kbuilder");
        http.SeedOpenShiftNamespace("ns1");
        var native = Path.Combine(RepositoryRoot.Path, "src", "PullSecretTasks.Tool", "bin", "Release", "net10.0", "linux-x64", "publish", "pullsecret");
        var tool = System.Environment.GetEnvironmentVariable("PULLSECRET_EXE") ?? native;
        return File.Exists(tool)
            ? new BenchBed(work, https, http, tool)
            : throw new InvalidOperationException($"{tool} does not exist: run build/build.sh build (or set PULLSECRET_EXE).");
    }

    /// <summary>The environment both sides run with: the kubeconfig, and for us the password in a variable.</summary>
    public Dictionary<string, string> Environment(string kubeconfig) => new()
    {
        ["KUBECONFIG"] = kubeconfig,
        ["PW"] = Password,
        ["HOME"] = Work,
    };

    public Command Ours(string kubeconfig, params string[] args) => new(PullSecret, args, Environment(kubeconfig));

    /// <summary>kubectl with a warm --cache-dir per kubeconfig: its discovery is cached, its best case.</summary>
    public Command Theirs(string kubeconfig, bool mayFail, params string[] args) =>
        new(KubectlPath, ["--cache-dir", kubeconfig + ".cache", .. args], Environment(kubeconfig), mayFail);

    public string[] OurCreate(string name, params string[] more) =>
        ["create", name, "--docker-server", Registry, "--docker-username", User, "--docker-password-env", "PW", .. more];

    public string[] TheirCreate(string name, params string[] more) =>
        ["create", "secret", "docker-registry", name, $"--docker-server={Registry}", $"--docker-username={User}", $"--docker-password={Password}", .. more];

    public static string[] TheirLink(string name, string ns) =>
        ["patch", "serviceaccount", "builder", "-n", ns, "--type=json", "-p",
         $$$"""[{"op":"add","path":"/imagePullSecrets/-","value":{"name":"{{{name}}}"}},{"op":"add","path":"/secrets/-","value":{"name":"{{{name}}}"}}]"""];

    public async ValueTask DisposeAsync()
    {
        await Https.DisposeAsync();
        await Http.DisposeAsync();
        Directory.Delete(Work, recursive: true);
    }
}
