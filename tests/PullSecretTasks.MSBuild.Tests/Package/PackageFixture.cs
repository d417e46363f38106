using PullSecretTasks.TestInfra.Packaging;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.MSBuild.Tests.Package;

/// <summary>
/// Packs PullSecretTasks once from a copy of the sources (away from the tree other builds use) with a unique version,
/// into a <see cref="LocalPackageFeed"/>, and writes one small console app that references it. The app restores into
/// the feed's own NUGET_PACKAGES folder, so no stale package from an earlier run can stand in for this one.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private LocalPackageFeed? feed;

    public string Version => PackageFeed.Version;

    public TestDirectory Directory => PackageFeed.Directory;

    public string Feed => PackageFeed.Feed;

    public string Package => PackageFeed.PackagePath("PullSecretTasks");

    public string App => Directory.Combine("app");

    /// <summary>The pack step, shown when a test fails because of it.</summary>
    public ProcessResult? Pack { get; private set; }

    private LocalPackageFeed PackageFeed => feed ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        feed = new LocalPackageFeed(TestDirectory.Create("psec-msbk"), "msbt");
        // Only what the package is built from: other projects under src/ may be mid-change.
        Pack = await feed.PackCopyAsync("PullSecretTasks.MSBuild", ["PullSecretTasks.Core", "PullSecretTasks.MSBuild"]);
        await WriteAppAsync();
    }

    /// <summary>Runs dotnet in the app folder with the app's package folder and the given extra variables.</summary>
    public Task<ProcessResult> RunInAppAsync(IReadOnlyList<string> args, IReadOnlyDictionary<string, string?> environment) =>
        PackageFeed.RunConsumerAsync(args, App, environment, TimeSpan.FromMinutes(2));

    public ValueTask DisposeAsync()
    {
        feed?.Directory.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WriteAppAsync()
    {
        Directory.WriteFile("app/app.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <ContainerRepository>demo/app</ContainerRepository>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PullSecretTasks" Version="{Version}" />
                <PullSecret Include="app-pull" />
              </ItemGroup>
            </Project>
            """);
        Directory.WriteFile("app/Program.cs", "Console.WriteLine(\"hello\");\n");
        await PackageFeed.WriteNuGetConfigAsync(App);
    }
}
