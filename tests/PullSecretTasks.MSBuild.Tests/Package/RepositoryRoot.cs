namespace PullSecretTasks.MSBuild.Tests.Package;

/// <summary>The repository the tests were built from (the folder holding PullSecretTasks.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
