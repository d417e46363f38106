namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// A temporary directory with a kubeconfig for one server and a fresh --cache-dir (discovery and /version are
/// cached per host:port), plus helpers to run kubectl against it.
/// </summary>
public sealed class KubectlSession : IDisposable
{
    /// <summary>Creates the directory and writes the kubeconfig (context "fake" with the given namespace).</summary>
    public KubectlSession(FakeKubeApiServer server, string? ns = "default", string? token = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "psec-kubectl-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        CacheDir = System.IO.Path.Combine(Directory, "cache");
        Kubeconfig = KubeconfigWriter.Write(server, Directory, ns, token);
    }

    /// <summary>The session's temporary directory.</summary>
    public string Directory { get; }

    /// <summary>The kubeconfig path.</summary>
    public string Kubeconfig { get; }

    /// <summary>The kubectl cache directory.</summary>
    public string CacheDir { get; }

    /// <summary>Writes a file into the session directory and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        var path = System.IO.Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs the kubectl on PATH (the dispatcher) with --kubeconfig and --cache-dir.</summary>
    public Task<KubectlResult> RunAsync(params string[] args) => RunWithAsync(Kubectl.Path, args);

    /// <summary>Runs a given kubectl binary (e.g. <see cref="Kubectl.Versioned"/>) with --kubeconfig and --cache-dir.</summary>
    public Task<KubectlResult> RunWithAsync(string executable, string[] args, string? stdin = null) =>
        Kubectl.RunAsync(executable, ["--kubeconfig", Kubeconfig, "--cache-dir", CacheDir, .. args], stdin);

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
