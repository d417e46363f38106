namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// kubectl as a byte-level oracle: <c>kubectl create secret docker-registry … --dry-run=client -o json</c> needs no
/// server. KUBECONFIG points at a file that does not exist and the cache is fresh, so nothing on
/// the machine can influence the output.
/// </summary>
public static class KubectlDryRun
{
    /// <summary>Returns kubectl's Secret JSON for the given docker-registry inputs; throws if kubectl fails.</summary>
    public static async Task<ProcessResult> CreateDockerRegistrySecretAsync(
        string workDirectory,
        string name,
        string @namespace,
        string server,
        string user,
        string password,
        string? email = null,
        CancellationToken cancellationToken = default)
    {
        var kubectl = Prerequisites.Require("kubectl", "kubectl (Google Cloud SDK dispatcher, or apt-get install kubernetes-client)");
        var cacheDirectory = Path.Combine(workDirectory, $"kube-cache-{Guid.NewGuid():N}");
        List<string> arguments =
        [
            "create", "secret", "docker-registry", name,
            $"--docker-server={server}", $"--docker-username={user}", $"--docker-password={password}",
        ];
        if (email is not null)
        {
            arguments.Add($"--docker-email={email}");
        }

        arguments.AddRange(["-n", @namespace, "--dry-run=client", "-o", "json", "--cache-dir", cacheDirectory]);
        var result = await ProcessRunner.RunAsync(
            kubectl,
            arguments,
            new ProcessOptions
            {
                CleanEnvironment = true,
                Environment = new Dictionary<string, string?>
                {
                    ["PATH"] = Prerequisites.HostPath,
                    ["HOME"] = workDirectory,
                    ["KUBECONFIG"] = Path.Combine(workDirectory, "no-such-kubeconfig"),
                },
                Timeout = TimeSpan.FromSeconds(30),
            },
            cancellationToken).ConfigureAwait(false);
        return result.EnsureSuccess();
    }
}
