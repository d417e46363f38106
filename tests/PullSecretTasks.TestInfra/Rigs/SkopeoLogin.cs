namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// <c>skopeo login --authfile F --tls-verify=false</c>: writes a podman-format auth.json, the
/// fastest way to get the containers/image format from a real tool.
/// </summary>
public static class SkopeoLogin
{
    /// <summary>Logs in and throws with the output if it fails. Always passes <c>--authfile</c> so /run stays untouched.</summary>
    public static async Task<ProcessResult> LoginAsync(string authFile, string host, string user, string password, CancellationToken cancellationToken = default)
    {
        var skopeo = Prerequisites.Require("skopeo", "apt-get install skopeo");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(authFile))!);
        var result = await ProcessRunner.RunAsync(
            skopeo,
            ["login", "--authfile", authFile, "--tls-verify=false", host, "-u", user, "--password-stdin"],
            new ProcessOptions
            {
                StandardInput = password,
                CleanEnvironment = true,
                Environment = new Dictionary<string, string?> { ["PATH"] = Prerequisites.HostPath, ["HOME"] = Path.GetDirectoryName(Path.GetFullPath(authFile)) },
                Timeout = TimeSpan.FromSeconds(30),
            },
            cancellationToken).ConfigureAwait(false);
        return result.EnsureSuccess();
    }
}
