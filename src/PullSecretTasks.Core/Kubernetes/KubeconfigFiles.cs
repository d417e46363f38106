using System.Text;
using PullSecretTasks.Files;
using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Which kubeconfig files apply, as clientcmd decides (tools/clientcmd/loader.go ClientConfigLoadingRules): --kubeconfig
/// alone; else every existing file in KUBECONFIG, merged with the first one to set a value winning; else ~/.kube/config.
/// Each file is checked before it is opened: a FIFO or device in KUBECONFIG is refused, not waited on.
/// </summary>
internal static class KubeconfigFiles
{
    /// <summary>The files to merge; empty when there is none (in-cluster or defaults apply).</summary>
    public static IReadOnlyList<string> Find(string? kubeconfig, RunnerEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(kubeconfig))
        {
            return BoundedFile.Problem(kubeconfig) is { } problem
                ? throw new PullSecretException(ErrorCodes.KubeconfigInvalid, $"The kubeconfig {kubeconfig} {problem}. Check the kubeconfig path.", Setting.Kubeconfig)
                : [kubeconfig];
        }
        if (env.Get("KUBECONFIG") is { } list)
        {
            // Missing entries are skipped, as clientcmd skips them; anything else that cannot be read is an error.
            return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Distinct()
                .Where(p => FileStatus.Of(p).Kind != FileKind.Missing).ToList();
        }
        var home = env.Home;
        var path = home is null ? null : Path.Combine(home, ".kube", "config");
        return path is not null && FileStatus.Of(path).Kind != FileKind.Missing ? [path] : [];
    }

    /// <summary>Reads and merges the files; null when there are none; PSEC2001 when one cannot be read or parsed.</summary>
    public static KubeconfigDocument? Load(IReadOnlyList<string> files)
    {
        KubeconfigDocument? merged = null;
        foreach (var file in files)
        {
            var (bytes, problem) = BoundedFile.Read(file);
            if (bytes is null)
            {
                throw new PullSecretException(ErrorCodes.KubeconfigInvalid, $"The kubeconfig {file} {problem}. Fix it, or name another kubeconfig.", Setting.Kubeconfig);
            }
            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new PullSecretException(ErrorCodes.KubeconfigInvalid, $"The kubeconfig {file} is not UTF-8 text. Check it with `kubectl config view`.", Setting.Kubeconfig);
            }
            var next = KubeconfigReader.Read(file, text);
            merged = merged is null ? next : merged with
            {
                CurrentContext = string.IsNullOrEmpty(merged.CurrentContext) ? next.CurrentContext : merged.CurrentContext,
                Clusters = Union(merged.Clusters, next.Clusters),
                Users = Union(merged.Users, next.Users),
                Contexts = Union(merged.Contexts, next.Contexts),
            };
        }
        return merged;
    }

    private static List<KubeNamed<T>> Union<T>(IEnumerable<KubeNamed<T>> first, IEnumerable<KubeNamed<T>> second) =>
        first.Concat(second).DistinctBy(e => e.Name).ToList();
}
