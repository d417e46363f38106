using k8s.KubeConfigModels;
using YamlDotNet.RepresentationModel;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Reads a kubeconfig into KubernetesClient's model with YamlDotNet's node model instead of its reflection
/// deserializer, which alone cost about 300 ms of start-up (the benchmark in tests/PullSecretTasks.Benchmarks).
/// Relative file paths are resolved against the file's folder, as clientcmd does.
/// </summary>
internal static class KubeconfigReader
{
    public static K8SConfiguration Read(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        return new K8SConfiguration
        {
            FileName = path,
            CurrentContext = Str(root, "current-context"),
            Clusters = Nodes(root, "clusters").Select(n => new Cluster { Name = Str(n, "name"), ClusterEndpoint = Endpoint(Map(n, "cluster"), dir) }).ToList(),
            Users = Nodes(root, "users").Select(n => new User { Name = Str(n, "name"), UserCredentials = Credentials(Map(n, "user"), dir) }).ToList(),
            Contexts = Nodes(root, "contexts").Select(n => new Context
            {
                Name = Str(n, "name"),
                ContextDetails = Map(n, "context") is { } c
                    ? new ContextDetails { Cluster = Str(c, "cluster"), User = Str(c, "user"), Namespace = Str(c, "namespace") }
                    : null,
            }).ToList(),
        };
    }

    private static ClusterEndpoint? Endpoint(YamlMappingNode? n, string dir) => n is null ? null : new ClusterEndpoint
    {
        Server = Str(n, "server"),
        CertificateAuthority = FilePath(Str(n, "certificate-authority"), dir),
        CertificateAuthorityData = Str(n, "certificate-authority-data"),
        SkipTlsVerify = Str(n, "insecure-skip-tls-verify") is "true" or "True",
        TlsServerName = Str(n, "tls-server-name"),
    };

    private static UserCredentials? Credentials(YamlMappingNode? n, string dir) => n is null ? null : new UserCredentials
    {
        Token = Str(n, "token"),
        ClientCertificate = FilePath(Str(n, "client-certificate"), dir),
        ClientCertificateData = Str(n, "client-certificate-data"),
        ClientKey = FilePath(Str(n, "client-key"), dir),
        ClientKeyData = Str(n, "client-key-data"),
        UserName = Str(n, "username"),
        Password = Str(n, "password"),
        Impersonate = Str(n, "as"),
        AuthProvider = Map(n, "auth-provider") is { } ap
            ? new AuthProvider { Name = Str(ap, "name"), Config = Pairs(Map(ap, "config")) }
            : null,
        ExternalExecution = Map(n, "exec") is { } ex ? new ExternalExecution
        {
            ApiVersion = Str(ex, "apiVersion"),
            Command = Command(Str(ex, "command"), dir),
            Arguments = Nodes(ex, "args").OfType<YamlScalarNode>().Select(a => a.Value ?? "").ToList(),
            EnvironmentVariables = Nodes(ex, "env").Select(Pairs).ToList(),
            InstallHint = Str(ex, "installHint"),
            ProvideClusterInfo = Str(ex, "provideClusterInfo") is "true" or "True",
        } : null,
    };

    // clientcmd resolves an exec command relative to the kubeconfig only when it contains a path separator.
    private static string? Command(string? command, string dir) =>
        command is not null && command.Contains('/', StringComparison.Ordinal) ? FilePath(command, dir) : command;

    private static string? FilePath(string? path, string dir) =>
        string.IsNullOrEmpty(path) || Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(dir, path));

    private static string? Str(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private static YamlMappingNode? Map(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v as YamlMappingNode : null;

    private static IEnumerable<YamlNode> Nodes(YamlNode? node, string key) =>
        node is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq ? seq.Children : [];

    private static Dictionary<string, string> Pairs(YamlNode? node) =>
        node is YamlMappingNode m
            ? m.Children.Where(p => p.Key is YamlScalarNode && p.Value is YamlScalarNode)
                .ToDictionary(p => ((YamlScalarNode)p.Key).Value ?? "", p => ((YamlScalarNode)p.Value).Value ?? "")
            : [];
}
