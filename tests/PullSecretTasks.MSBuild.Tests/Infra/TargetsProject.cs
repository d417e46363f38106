using Microsoft.Build.Evaluation;
using Microsoft.Build.Execution;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>
/// A minimal project (no SDK) importing the package's build/ props and targets from the test output, with the task
/// assembly pointed at this build's copy: evaluated and built in-process, one target at a time.
/// </summary>
internal sealed class TargetsProject : IDisposable
{
    private readonly TestDirectory directory = TestDirectory.Create("psec-msbp");
    private readonly ProjectCollection collection;

    public TargetsProject(string body, IDictionary<string, string>? properties = null, string importRoot = "build")
    {
        var build = Path.Combine(AppContext.BaseDirectory, importRoot);
        var path = directory.WriteFile("test.proj", $"""
            <Project>
              <Import Project="{build}/PullSecretTasks.props" />
              {body}
              <Import Project="{build}/PullSecretTasks.targets" />
            </Project>
            """);
        var global = new Dictionary<string, string>(properties ?? new Dictionary<string, string>())
        {
            ["PullSecretTasksAssembly"] = Path.Combine(AppContext.BaseDirectory, "PullSecretTasks.MSBuild.dll"),
        };
        collection = new ProjectCollection(global);
        Project = collection.LoadProject(path);
    }

    public Project Project { get; }

    public ProjectInstance? Instance { get; private set; }

    public CapturingLogger Logger { get; } = new();

    /// <summary>Builds one target on a fresh instance; returns whether it succeeded.</summary>
    public bool Build(string target)
    {
        Instance = Project.CreateProjectInstance();
        return Instance.Build([target], [Logger]);
    }

    /// <summary>The items of a type after the last build.</summary>
    public IReadOnlyList<ProjectItemInstance> Items(string type) =>
        (Instance ?? throw new InvalidOperationException("Build first.")).GetItems(type).ToList();

    public void Dispose()
    {
        collection.UnloadAllProjects();
        collection.Dispose();
        directory.Dispose();
    }
}
