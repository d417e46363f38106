using System.Text;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>A temporary folder for one test, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "psec-ut-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Creates (if needed) and returns a subfolder.</summary>
    public string Dir(string relative)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes a UTF-8 file without BOM, creating its folder, and returns its path.</summary>
    public string Write(string relative, string content)
    {
        var path = Combine(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A helper process may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
