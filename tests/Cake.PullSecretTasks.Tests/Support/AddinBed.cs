using Cake.Core;
using Cake.Core.IO;
using NSubstitute;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.KubeApi;
using PullSecretTasks.TestInfra.Rigs;

namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>
/// A <see cref="FakeClusterBed"/> (fake API server seeded as OpenShift namespace ns1, a docker config.json whose only
/// password is a canary, a kubeconfig) and an NSubstitute <see cref="ICakeContext"/> whose environment points at them and whose
/// working directory is the bed's folder: what the in-process alias tests share.
/// </summary>
public sealed class AddinBed : IAsyncDisposable
{
    /// <summary>The registry in config.json.</summary>
    public const string Registry = FakeClusterBed.Registry;

    /// <summary>The user in config.json.</summary>
    public const string User = "cake-user";

    private readonly FakeClusterBed bed;

    private AddinBed(FakeClusterBed bed)
    {
        this.bed = bed;
        Variables = new Dictionary<string, string>(bed.Variables);
        Context = CreateContext(Log, Variables, bed.Directory.Path);
    }

    /// <summary>The fake API server.</summary>
    public FakeKubeApiServer Server => bed.Server;

    /// <summary>The bed's folder and the context's working directory.</summary>
    public TestDirectory Directory => bed.Directory;

    /// <summary>The kubeconfig (also in KUBECONFIG).</summary>
    public string Kubeconfig => bed.Kubeconfig;

    /// <summary>The config.json (its folder is DOCKER_CONFIG).</summary>
    public string DockerConfig => bed.DockerConfigFile;

    /// <summary>The only password in config.json; it must never reach the log.</summary>
    public string Password => bed.Password;

    /// <summary>Every form in which the canary must never be logged.</summary>
    public IReadOnlyList<string> LeakForms => bed.LeakForms;

    /// <summary>The environment the context reports.</summary>
    public Dictionary<string, string> Variables { get; }

    /// <summary>What the aliases logged.</summary>
    public FakeCakeLog Log { get; } = new();

    /// <summary>The substitute Cake context.</summary>
    public ICakeContext Context { get; }

    /// <summary>Starts the server and writes the files.</summary>
    public static async Task<AddinBed> StartAsync() => new(await FakeClusterBed.StartAsync("psec-cake", User));

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
    public void AssertNoLeak(string text) => bed.AssertNoLeak(text, "The log");

    /// <inheritdoc />
    public ValueTask DisposeAsync() => bed.DisposeAsync();
}
