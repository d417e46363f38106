using PullSecretTasks.TestInfra.Packaging;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Parity;

/// <summary>
/// The three shipped packages, packed once into one <see cref="LocalPackageFeed"/> with one unique version from the
/// build these tests were built with (<c>dotnet pack --no-build</c>, the three at once), then made ready to use as users
/// do: the tool installed with <c>--tool-path</c>, and a consumer console app referencing PullSecretTasks restored
/// (its PullSecret items are written by each test).
/// </summary>
public sealed class FrontEndPackagesFixture : IAsyncLifetime
{
    private static readonly string[] Projects = ["PullSecretTasks.Tool", "PullSecretTasks.MSBuild", "Cake.PullSecretTasks"];
    private LocalPackageFeed? feed;

    /// <summary>The feed, its version and its package folder.</summary>
    public LocalPackageFeed Feed => feed ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The installed <c>pullsecret</c> command.</summary>
    public string Tool => Feed.Directory.Combine("tools", "pullsecret");

    /// <summary>The consumer app folder (NuGet.Config, Program.cs; app.csproj is written per test).</summary>
    public string App => Feed.Directory.Combine("app");

    /// <summary>Every step that ran, for diagnostics.</summary>
    public IReadOnlyList<ProcessResult> Steps { get; private set; } = [];

    /// <summary>How long packing and preparing took.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        feed = new LocalPackageFeed(TestDirectory.Create("psec-par"), "parity");
        var packs = await Task.WhenAll(Projects.Select(p => feed.PackBuiltAsync(p)));
        Steps = packs;
        if (packs.All(p => p.ExitCode == 0))
        {
            WriteApp(AppProject([]));
            Feed.Directory.WriteFile("app/Program.cs", "Console.WriteLine(\"hello\");\n");
            await Feed.WriteNuGetConfigAsync(App);
            var prepared = await Task.WhenAll(
                feed.InstallToolAsync("PullSecretTasks.Tool", Feed.Directory.Combine("tools")),
                feed.RunConsumerAsync(["restore", "-nologo"], App, null, TimeSpan.FromMinutes(2)));
            Steps = [.. packs, .. prepared];
        }

        Elapsed = started.Elapsed;
    }

    /// <summary>Fails with every step's output unless all of them succeeded.</summary>
    public void RequireReady() =>
        Assert.True(Steps.Count == Projects.Length + 2 && Steps.All(s => s.ExitCode == 0), "Packing or preparing failed:\n" + string.Join('\n', Steps));

    /// <summary>A consumer project referencing the packed PullSecretTasks, with the given <c>PullSecret</c> items.</summary>
    public string AppProject(IEnumerable<string> pullSecretItems) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="PullSecretTasks" Version="{Feed.Version}" />
            {string.Join("\n    ", pullSecretItems)}
          </ItemGroup>
        </Project>
        """;

    /// <summary>Writes app.csproj.</summary>
    public void WriteApp(string project) => Feed.Directory.WriteFile("app/app.csproj", project);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        feed?.Directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
