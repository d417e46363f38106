namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// <c>podman login</c> as root without a service. Even login initialises container storage, so
/// <c>--root</c> and <c>--runroot</c> always point into the test directory.
/// </summary>
public static class PodmanLogin
{
    /// <summary>Logs in and throws with the output if it fails; fails naming the package if podman is absent.</summary>
    public static async Task<ProcessResult> LoginAsync(string workDirectory, string authFile, string host, string user, string password, CancellationToken cancellationToken = default)
    {
        var podman = Prerequisites.Require("podman", "apt-get install podman");
        var root = Path.Combine(workDirectory, "podman", "root");
        var runRoot = Path.Combine(workDirectory, "podman", "run");
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(runRoot);
        var runtimeDirectory = Directory.CreateDirectory(Path.Combine(workDirectory, "podman", "xdg")).FullName;
        var result = await ProcessRunner.RunAsync(
            podman,
            ["--root", root, "--runroot", runRoot, "--storage-driver", "vfs",
             "login", "--authfile", authFile, "--tls-verify=false", host, "-u", user, "--password-stdin"],
            new ProcessOptions
            {
                StandardInput = password,
                CleanEnvironment = true,
                Environment = new Dictionary<string, string?>
                {
                    ["PATH"] = Prerequisites.HostPath,
                    ["HOME"] = workDirectory,
                    ["XDG_RUNTIME_DIR"] = runtimeDirectory,
                },
                Timeout = TimeSpan.FromSeconds(60),
            },
            cancellationToken).ConfigureAwait(false);
        return result.EnsureSuccess();
    }
}
