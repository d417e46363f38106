using k8s.KubeConfigModels;
using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Which kubeconfig files apply, as kubectl decides (clientcmd loading rules): --kubeconfig alone; else
/// every existing file in KUBECONFIG, merged with the first one winning; else ~/.kube/config.
/// </summary>
internal static class KubeconfigFiles
{
    /// <summary>The files to merge; empty when there is none (in-cluster or defaults apply).</summary>
    public static IReadOnlyList<FileInfo> Find(string? kubeconfig, RunnerEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(kubeconfig))
        {
            return File.Exists(kubeconfig)
                ? [new FileInfo(kubeconfig)]
                : throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig {kubeconfig} does not exist. Check the kubeconfig path.", Setting.Kubeconfig);
        }
        if (env.Get("KUBECONFIG") is { } list)
        {
            return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(File.Exists).Distinct().Select(p => new FileInfo(p)).ToList();
        }
        var home = env.Home;
        var path = home is null ? null : Path.Combine(home, ".kube", "config");
        return path is not null && File.Exists(path) ? [new FileInfo(path)] : [];
    }

    /// <summary>Loads and merges the files; PSEC2001 when they cannot be parsed.</summary>
    public static K8SConfiguration? Load(IReadOnlyList<FileInfo> files)
    {
        if (files.Count == 0)
        {
            return null;
        }
        try
        {
            // Merge as clientcmd does: the first file to set a value wins (current-context, each named entry).
            K8SConfiguration? merged = null;
            foreach (var file in files)
            {
                var next = KubeconfigReader.Read(file.FullName);
                if (merged is null)
                {
                    merged = next;
                    continue;
                }
                merged.CurrentContext = string.IsNullOrEmpty(merged.CurrentContext) ? next.CurrentContext : merged.CurrentContext;
                merged.Contexts = Union(merged.Contexts, next.Contexts, c => c.Name);
                merged.Clusters = Union(merged.Clusters, next.Clusters, c => c.Name);
                merged.Users = Union(merged.Users, next.Users, u => u.Name);
            }
            return merged;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"Cannot read the kubeconfig {string.Join(", ", files.Select(f => f.FullName))} ({ex.GetType().Name}). Check it with `kubectl config view`.");
        }
    }

    private static List<T> Union<T>(IEnumerable<T>? first, IEnumerable<T>? second, Func<T, string> name) =>
        (first ?? []).Concat(second ?? []).DistinctBy(name).ToList();
}
