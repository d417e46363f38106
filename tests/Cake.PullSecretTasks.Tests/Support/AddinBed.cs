using System.Text;
using Cake.Core;
using Cake.Core.IO;
using NSubstitute;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;

namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>
/// A fake API server seeded as OpenShift namespace ns1, a docker config.json whose only password is a canary,
/// a kubeconfig, and an NSubstitute <see cref="ICakeContext"/> whose environment points at them and whose
/// working directory is the bed's folder: what the in-process alias tests share.
/// </summary>
public sealed class AddinBed : IAsyncDisposable
{
    /// <summary>The registry in config.json.</summary>
    public const string Registry = "registry.example.com:5000";

    /// <summary>The user in config.json.</summary>
    public const string User = "cake-user";

    private AddinBed(FakeKubeApiServer server, TestDirectory directory)
    {
        Server = server;
        Directory = directory;
        Kubeconfig = KubeconfigWriter.Write(server, directory.Path, "ns1");
        DockerConfig = directory.WriteFile("docker/config.json",
            "{\"auths\":{\"" + Registry + "\":{\"auth\":\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")) + "\"}}}");
        Variables = new Dictionary<string, string>
        {
            ["HOME"] = directory.CreateDirectory("home"),
            ["XDG_RUNTIME_DIR"] = directory.CreateDirectory("xdg-runtime"),
            ["DOCKER_CONFIG"] = System.IO.Path.GetDirectoryName(DockerConfig)!,
            ["KUBECONFIG"] = Kubeconfig,
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "",
        };
        Context = CreateContext(Log, Variables, directory.Path);
    }

    /// <summary>The fake API server.</summary>
    public FakeKubeApiServer Server { get; }

    /// <summary>The bed's folder and the context's working directory.</summary>
    public TestDirectory Directory { get; }

    /// <summary>The kubeconfig (also in KUBECONFIG).</summary>
    public string Kubeconfig { get; }

    /// <summary>The config.json (its folder is DOCKER_CONFIG).</summary>
    public string DockerConfig { get; }

    /// <summary>The only password in config.json; it must never reach the log.</summary>
    public string Password { get; } = $"canary-{Guid.NewGuid():N}";

    /// <summary>Every form in which the canary must never be logged.</summary>
    public IReadOnlyList<string> LeakForms =>
    [
        Password,
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)).TrimEnd('='),
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")).TrimEnd('='),
    ];

    /// <summary>The environment the context reports.</summary>
    public Dictionary<string, string> Variables { get; }

    /// <summary>What the aliases logged.</summary>
    public FakeCakeLog Log { get; } = new();

    /// <summary>The substitute Cake context.</summary>
    public ICakeContext Context { get; }

    /// <summary>Starts the server and writes the files.</summary>
    public static async Task<AddinBed> StartAsync()
    {
        // KubernetesClient refuses a kubeconfig user without credentials, so the server wants a token.
        var server = await FakeKubeApiServer.StartAsync(new FakeKubeApiServerOptions { BearerToken = "t" });
        server.SeedOpenShiftNamespace("ns1");
        return new AddinBed(server, TestDirectory.Create("psec-cake"));
    }

    /// <summary>An <see cref="ICakeContext"/> (all 12 Cake 7 members substituted) with the given log, variables and working directory.</summary>
    public static ICakeContext CreateContext(FakeCakeLog log, IDictionary<string, string> variables, string workingDirectory)
    {
        var environment = Substitute.For<ICakeEnvironment>();
        environment.WorkingDirectory.Returns(new DirectoryPath(workingDirectory));
        environment.GetEnvironmentVariables().Returns(_ => new Dictionary<string, string>(variables));
        environment.GetEnvironmentVariable(Arg.Any<string>()).Returns(call => variables.TryGetValue(call.Arg<string>(), out var v) ? v : null);
        var context = Substitute.For<ICakeContext>();
        context.Log.Returns(log);
        context.Environment.Returns(environment);
        return context;
    }

    /// <summary>Fails naming the form that leaked.</summary>
    public void AssertNoLeak(string text)
    {
        foreach (var form in LeakForms)
        {
            Assert.False(text.Contains(form, StringComparison.Ordinal), $"The log contains the canary in the form '{form}':\n{text}");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Dispose();
    }
}
