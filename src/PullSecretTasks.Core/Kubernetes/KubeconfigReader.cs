using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using PullSecretTasks.Options;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Reads a kubeconfig with YamlDotNet's node model (no reflection, AOT-safe, and about 300 ms cheaper at start-up
/// than KubernetesClient's loader). Relative file paths are resolved against the file's folder, and an exec command
/// only when it contains a slash, as clientcmd does (tools/clientcmd/loader.go ResolvePaths).
/// </summary>
internal static class KubeconfigReader
{
    public static KubeconfigDocument Read(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new PullSecretException(ErrorCodes.KubeconfigInvalid,
                $"The kubeconfig {path} is not valid YAML (line {ex.Start.Line}, column {ex.Start.Column}). Check it with `kubectl config view`.", Setting.Kubeconfig);
        }
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not (YamlMappingNode or YamlScalarNode { Value: null or "" }))
        {
            throw Invalid(path, "its top level is not a mapping");
        }
        return new KubeconfigDocument(
            path,
            Str(root, "current-context"),
            Named(root, "clusters", "cluster", path, n => Cluster(n, dir)),
            Named(root, "users", "user", path, n => User(n, dir, path)),
            Named(root, "contexts", "context", path, n => new KubeContext(Str(n, "cluster"), Str(n, "user"), Str(n, "namespace"))));
    }

    private static KubeCluster Cluster(YamlMappingNode? n, string dir) => new(
        Str(n, "server"),
        FilePath(Str(n, "certificate-authority"), dir),
        Str(n, "certificate-authority-data"),
        IsTrue(Str(n, "insecure-skip-tls-verify")),
        Str(n, "tls-server-name"),
        Str(n, "proxy-url"));

    private static KubeUser User(YamlMappingNode? n, string dir, string path) => new(
        Str(n, "token"),
        FilePath(Str(n, "tokenFile"), dir),
        FilePath(Str(n, "client-certificate"), dir),
        Str(n, "client-certificate-data"),
        FilePath(Str(n, "client-key"), dir),
        Str(n, "client-key-data"),
        Str(n, "username"),
        Str(n, "password"),
        Str(n, "as"),
        Seq(n, "as-groups").Select(g => (g as YamlScalarNode)?.Value ?? "").ToList(),
        Map(n, "as-user-extra") is { } extra
            ? extra.Children.Where(p => p.Key is YamlScalarNode)
                .ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "",
                    p => (IReadOnlyList<string>)(p.Value is YamlSequenceNode s ? s.Children.Select(v => (v as YamlScalarNode)?.Value ?? "").ToList() : []))
            : new Dictionary<string, IReadOnlyList<string>>(),
        Map(n, "auth-provider") is { } ap ? Str(ap, "name") ?? "" : null,
        Map(n, "exec") is { } ex ? Exec(ex, dir, path) : null);

    private static KubeExec Exec(YamlMappingNode n, string dir, string path) => new(
        Command(Str(n, "command"), dir) ?? throw Invalid(path, "an exec entry has no command"),
        Seq(n, "args").OfType<YamlScalarNode>().Select(a => a.Value ?? "").ToList(),
        Seq(n, "env").OfType<YamlMappingNode>().Select(e => KeyValuePair.Create(Str(e, "name") ?? "", Str(e, "value") ?? "")).ToList(),
        Str(n, "apiVersion"),
        Str(n, "installHint"),
        IsTrue(Str(n, "provideClusterInfo")),
        Str(n, "interactiveMode"));

    private static List<KubeNamed<T>> Named<T>(YamlMappingNode? root, string list, string field, string path, Func<YamlMappingNode?, T> read)
    {
        var result = new List<KubeNamed<T>>();
        foreach (var item in Seq(root, list))
        {
            if (item is not YamlMappingNode entry || Str(entry, "name") is not { Length: > 0 } name)
            {
                throw Invalid(path, $"an entry of {list} has no name");
            }
            result.Add(new KubeNamed<T>(name, read(Map(entry, field)), path));
        }
        return result;
    }

    private static bool IsTrue(string? value) => value is "true" or "True" or "TRUE";

    // clientcmd resolves an exec command relative to the kubeconfig only when it contains a path separator.
    private static string? Command(string? command, string dir) =>
        command is not null && command.Contains('/', StringComparison.Ordinal) ? FilePath(command, dir) : command;

    private static string? FilePath(string? path, string dir) =>
        string.IsNullOrEmpty(path) || System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, path));

    private static string? Str(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private static YamlMappingNode? Map(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v as YamlMappingNode : null;

    private static IEnumerable<YamlNode> Seq(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq ? seq.Children : [];

    private static PullSecretException Invalid(string path, string what) =>
        new(ErrorCodes.KubeconfigInvalid, $"The kubeconfig {path} cannot be used: {what}. Check it with `kubectl config view`.", Setting.Kubeconfig);
}
