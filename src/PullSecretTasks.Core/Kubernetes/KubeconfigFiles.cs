using k8s;
using k8s.KubeConfigModels;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Which kubeconfig files apply, as kubectl decides (clientcmd loading rules): --kubeconfig alone; else
/// every existing file in KUBECONFIG, merged with the first one winning; else ~/.kube/config.
/// </summary>
public static class KubeconfigFiles
{
    /// <summary>The files to merge; empty when there is none (in-cluster or defaults apply).</summary>
    public static IReadOnlyList<FileInfo> Find(string? kubeconfig, RunnerEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(kubeconfig))
        {
            return File.Exists(kubeconfig)
                ? [new FileInfo(kubeconfig)]
                : throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig {kubeconfig} does not exist. Check the kubeconfig path (--kubeconfig).");
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

    /// <summary>
    /// The namespace a command without -n uses: the chosen context's namespace, else "default"
    /// (kubectl's ToRawKubeConfigLoader().Namespace()). A named context that does not exist is PSEC2001.
    /// </summary>
    public static string ContextNamespace(string? kubeconfig, string? context, RunnerEnvironment env)
    {
        var config = Load(Find(kubeconfig, env));
        var name = context ?? config?.CurrentContext;
        if (config is null || string.IsNullOrEmpty(name))
        {
            return context is null
                ? "default"
                : throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                    $"The kubeconfig context \"{context}\" does not exist (no kubeconfig found). Name a kubeconfig (--kubeconfig) or set KUBECONFIG.");
        }
        var found = config.Contexts?.FirstOrDefault(c => c.Name == name);
        if (found is null && context is not null)
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig context \"{context}\" does not exist. List them with `kubectl config get-contexts`.");
        }
        var ns = found?.ContextDetails?.Namespace;
        return string.IsNullOrEmpty(ns) ? "default" : ns;
    }
}
