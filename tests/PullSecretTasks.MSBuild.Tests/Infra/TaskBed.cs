using System.Text;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>
/// A fake API server seeded as OpenShift namespace ns1, a kubeconfig for it (context namespace ns1), and a docker
/// config folder with one login for <see cref="Registry"/>: what the task and targets tests share.
/// </summary>
internal sealed class TaskBed : IAsyncDisposable
{
    public const string Registry = "registry.example.com:5000";
    public const string User = "testuser";

    private TaskBed(FakeKubeApiServer server, TestDirectory directory, string kubeconfig)
    {
        Server = server;
        Directory = directory;
        Kubeconfig = kubeconfig;
    }

    public FakeKubeApiServer Server { get; }

    public TestDirectory Directory { get; }

    public string Kubeconfig { get; }

    /// <summary>The docker config folder (DOCKER_CONFIG style).</summary>
    public string DockerConfig => Directory.Combine("docker");

    /// <summary>A fresh password per bed, so a leak of it can be searched for.</summary>
    public string Password { get; } = $"canary-{Guid.NewGuid():N}";

    /// <summary>Every form in which the password must never appear in logs.</summary>
    public IReadOnlyList<string> LeakForms =>
    [
        Password,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)).TrimEnd('='),
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")).TrimEnd('='),
    ];

    public static async Task<TaskBed> StartAsync()
    {
        // KubernetesClient refuses a kubeconfig user without credentials, so the server wants a token.
        var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = "t" });
        server.SeedOpenShiftNamespace("ns1");
        var directory = TestDirectory.Create("psec-msbt");
        var bed = new TaskBed(server, directory, KubeconfigWriter.Write(server, directory.Path, "ns1"));
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{bed.Password}"));
        directory.WriteFile("docker/config.json", "{\"auths\":{\"" + Registry + "\":{\"auth\":\"" + auth + "\"}}}");
        return bed;
    }

    /// <summary>Fails naming the leaked form (a test value, safe to print).</summary>
    public void AssertNoLeak(string text, string what)
    {
        foreach (var form in LeakForms)
        {
            Assert.False(text.Contains(form, StringComparison.Ordinal), $"{what} contains the password in the form '{form}'.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Dispose();
    }
}
