using System.Reflection;

namespace PullSecretTasks.TestInfra.Repo;

/// <summary>The repository the tests were built from (the folder holding PullSecretTasks.sln), and the build configuration.</summary>
public static class RepositoryRoot
{
    /// <summary>The absolute path of the repository root.</summary>
    public static string Path { get; } = Find();

    /// <summary>
    /// The configuration the tests were built with (Debug or Release). TestInfra is always built with its test project,
    /// so its own configuration is theirs, and that of the src projects they reference.
    /// </summary>
    public static string Configuration { get; } =
        typeof(RepositoryRoot).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The folder of a shipped project, e.g. <c>src/Cake.PullSecretTasks</c>.</summary>
    /// <param name="project">The project name, e.g. <c>Cake.PullSecretTasks</c>.</param>
    public static string SourceProject(string project) => System.IO.Path.Combine(Path, "src", project);

    /// <summary>The built assembly of a shipped project, in <see cref="Configuration"/>, with its dependencies beside it.</summary>
    /// <param name="project">The project name, which is also the assembly name.</param>
    public static string BuiltAssembly(string project) =>
        System.IO.Path.Combine(SourceProject(project), "bin", Configuration, "net10.0", project + ".dll");

    /// <summary>The Native AOT pullsecret that build/build.sh build publishes on linux-x64.</summary>
    public static string NativeTool => NativeToolFor("linux-x64");

    /// <summary>The Native AOT pullsecret for <paramref name="rid"/> (linux-x64, or linux-arm64, cross-compiled).</summary>
    public static string NativeToolFor(string rid) =>
        System.IO.Path.Combine(SourceProject("PullSecretTasks.Tool"), "bin", Configuration, "net10.0", rid, "publish", "pullsecret");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PullSecretTasks.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PullSecretTasks.sln above {AppContext.BaseDirectory}.");
    }
}
