namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>The repository the tests were built from (the folder holding PullSecretTasks.sln), and the build configuration.</summary>
public static class RepositoryRoot
{
    /// <summary>The absolute path of the repository root.</summary>
    public static string Path { get; } = Find();

    /// <summary>The configuration this test assembly was built with (Debug or Release); the addin was built with the same.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryRoot).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Debug";

    /// <summary>The addin project folder.</summary>
    public static string AddinProject => System.IO.Path.Combine(Path, "src", "Cake.PullSecretTasks");

    /// <summary>The built addin, with its dependencies beside it (what #r loads).</summary>
    public static string AddinAssembly => System.IO.Path.Combine(AddinProject, "bin", Configuration, "net10.0", "Cake.PullSecretTasks.dll");

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
