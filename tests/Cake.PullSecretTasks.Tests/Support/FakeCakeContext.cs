using Cake.Core;
using Cake.Core.IO;
using NSubstitute;
using PullSecretTasks.TestInfra.Beds;

namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>An NSubstitute <see cref="ICakeContext"/> whose log, environment and working directory the aliases use.</summary>
internal static class FakeCakeContext
{
    /// <summary>The user every alias test logs in as.</summary>
    public const string User = "cake-user";

    /// <summary>Starts the bed the alias tests share.</summary>
    public static Task<FakeClusterBed> StartBedAsync() => FakeClusterBed.StartAsync("psec-cake", User);

    /// <summary>A context whose environment is the bed's variables and whose working directory is the bed's folder.</summary>
    public static ICakeContext For(FakeClusterBed bed, FakeCakeLog log) =>
        Create(log, new Dictionary<string, string>(bed.Variables), bed.Directory.Path);

    /// <summary>A context (all 12 Cake 7 members substituted) with the given log, variables and working directory.</summary>
    public static ICakeContext Create(FakeCakeLog log, IDictionary<string, string> variables, string workingDirectory)
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
}
