using System.Text;
using Xunit;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// A fresh temporary directory for one test or fixture. Deleted on dispose, except when the current test failed
/// or <c>PULLSECRET_E2E_KEEP=1</c> is set, so that logs and auth files remain for diagnosis.
/// </summary>
public sealed class TestDirectory : IDisposable
{
    private TestDirectory(string path) => Path = path;

    /// <summary>The absolute path of the directory.</summary>
    public string Path { get; }

    /// <summary>Keep the directory on dispose (set by a test that wants to look at it afterwards).</summary>
    public bool Keep { get; set; }

    /// <summary>Creates a new, empty directory under the system temp folder.</summary>
    /// <param name="prefix">A short prefix; the gpg agent socket path must stay under 108 characters.</param>
    public static TestDirectory Create(string prefix = "psec")
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)]);
        Directory.CreateDirectory(path);
        return new TestDirectory(path);
    }

    /// <summary>Combines the directory with relative parts.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Creates (if needed) and returns a subdirectory.</summary>
    public string CreateDirectory(params string[] parts)
    {
        var path = Combine(parts);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes a UTF-8 file (no BOM), creating parent directories, and returns its path.</summary>
    public string WriteFile(string relativePath, string content)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Keep || Environment.GetEnvironmentVariable("PULLSECRET_E2E_KEEP") == "1" ||
            TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A late write from a child that is still shutting down; the OS cleans /tmp eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
