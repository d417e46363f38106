using PullSecretTasks.PackageTests;
using PullSecretTasks.TestInfra.Packaging;
using PullSecretTasks.TestInfra.Rigs;

[assembly: AssemblyFixture(typeof(PackagesFixture))]

namespace PullSecretTasks.PackageTests;

/// <summary>
/// Packs the three packages once for the whole assembly (<c>dotnet pack PullSecretTasks.sln --no-build</c>, the Release
/// build the tests were built with) with one unique prerelease version, so no NuGet cache can serve a stale one;
/// installs the tool with <c>--tool-path</c> as users do. Consumer projects restore into the feed's own package folder.
/// </summary>
public sealed class PackagesFixture : IAsyncLifetime
{
    private static readonly string[] Ids =
        ["PullSecretTasks", "Cake.PullSecretTasks", "PullSecretTasks.Tool", "PullSecretTasks.Tool.any", "PullSecretTasks.Tool.linux-x64", "PullSecretTasks.Tool.linux-arm64"];
    private LocalPackageFeed? feed;

    /// <summary>The feed, its version and its package folder.</summary>
    public LocalPackageFeed Feed => feed ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>The installed <c>pullsecret</c> command.</summary>
    public string Tool => Feed.Directory.Combine("tools", "pullsecret");

    /// <summary>Every step that ran, for diagnostics.</summary>
    public IReadOnlyList<ProcessResult> Steps { get; private set; } = [];

    /// <summary>How long packing and installing took.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        feed = new LocalPackageFeed(TestDirectory.Create("psec-pkg"), "pkg");
        // One after the other: the RID packs restore the tool project, which the solution pack reads.
        var steps = new List<ProcessResult> { await feed.PackSolutionAsync() };
        foreach (var rid in new[] { "any", "linux-x64", "linux-arm64" })
        {
            if (steps[^1].ExitCode == 0)
            {
                steps.Add(await feed.PackToolForRuntimeAsync(rid));
            }
        }
        if (steps[^1].ExitCode == 0)
        {
            steps.Add(await feed.InstallToolAsync("PullSecretTasks.Tool", Feed.Directory.Combine("tools")));
        }
        Steps = steps;
        Elapsed = started.Elapsed;
    }

    /// <summary>Fails with every step's output unless packing and installing succeeded.</summary>
    public void RequireReady()
    {
        var missing = Ids.Where(id => !File.Exists(Feed.PackagePath(id))).ToList();
        Assert.True(Steps.Count == 5 && Steps.All(s => s.ExitCode == 0) && missing.Count == 0,
            $"Packing or installing failed (missing: {string.Join(", ", missing)}):\n" + string.Join('\n', Steps));
    }

    /// <summary>The .nupkg of <paramref name="id"/>.</summary>
    public string Package(string id)
    {
        RequireReady();
        return Feed.PackagePath(id);
    }

    /// <summary>
    /// A consumer console app in its own folder referencing the packed PullSecretTasks, with a NuGet.Config naming the
    /// feed: each test gets one, so tests running at once never share a project.
    /// </summary>
    /// <param name="directory">The test's folder; the app goes into its <c>app</c> subfolder.</param>
    /// <param name="items">Extra items, e.g. <c>&lt;PullSecret Include="app-pull" /&gt;</c>.</param>
    /// <param name="properties">Extra properties, e.g. <c>&lt;ContainerRepository&gt;demo/app&lt;/ContainerRepository&gt;</c>.</param>
    public async Task<string> CreateAppAsync(TestDirectory directory, IEnumerable<string> items, IEnumerable<string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        RequireReady();
        directory.WriteFile("app/app.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                {string.Join("\n    ", properties ?? [])}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PullSecretTasks" Version="{Feed.Version}" />
                {string.Join("\n    ", items)}
              </ItemGroup>
            </Project>
            """);
        directory.WriteFile("app/Program.cs", "Console.WriteLine(\"hello\");\n");
        var app = directory.Combine("app");
        await Feed.WriteNuGetConfigAsync(app);
        return app;
    }

    /// <summary>Runs dotnet in <paramref name="app"/> as a consumer of the feed.</summary>
    public Task<ProcessResult> RunInAppAsync(string app, IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? environment = null) =>
        Feed.RunConsumerAsync(args, app, environment, TimeSpan.FromMinutes(3));

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        feed?.Directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
