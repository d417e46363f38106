using System.Text;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>Writes kubeconfig files pointing at a <see cref="FakeKubeApiServer"/>.</summary>
public static class KubeconfigWriter
{
    /// <summary>A context of the kubeconfig: its name and default namespace.</summary>
    public sealed record Context(string Name, string? Namespace);

    /// <summary>Writes a kubeconfig with one context "fake" (namespace <paramref name="ns"/>) and returns its path.</summary>
    public static string Write(FakeKubeApiServer server, string directory, string? ns = "default", string? token = null) =>
        Write(server, directory, [new Context("fake", ns)], "fake", token);

    /// <summary>
    /// Writes a kubeconfig with several contexts sharing one cluster and user; returns its path.
    /// The user carries <paramref name="token"/>, else the server's bearer token, else (HTTPS only) a dummy token.
    /// </summary>
    public static string Write(FakeKubeApiServer server, string directory, IReadOnlyList<Context> contexts, string currentContext, string? token = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(contexts);
        Directory.CreateDirectory(directory);
        var yaml = new StringBuilder();
        yaml.Append("apiVersion: v1\nkind: Config\nclusters:\n- name: fake\n  cluster:\n");
        yaml.Append("    server: ").Append(server.Uri.ToString().TrimEnd('/')).Append('\n');
        if (server.CaCertificatePem is { } pem)
        {
            yaml.Append("    certificate-authority-data: ").Append(Convert.ToBase64String(Encoding.ASCII.GetBytes(pem))).Append('\n');
        }

        yaml.Append("users:\n- name: fake-user\n  user:");
        // Over HTTPS kubectl prompts for a username when the user has no credentials at all; a dummy token avoids that.
        var userToken = token ?? server.BearerToken ?? (server.CaCertificatePem is null ? null : "unused");
        yaml.Append(userToken is null ? " {}\n" : $"\n    token: \"{userToken}\"\n");
        yaml.Append("contexts:\n");
        foreach (var context in contexts)
        {
            yaml.Append("- name: ").Append(context.Name).Append("\n  context:\n    cluster: fake\n    user: fake-user\n");
            if (context.Namespace is not null)
            {
                yaml.Append("    namespace: ").Append(context.Namespace).Append('\n');
            }
        }

        yaml.Append("current-context: ").Append(currentContext).Append('\n');
        var path = Path.Combine(directory, "kubeconfig");
        File.WriteAllText(path, yaml.ToString());
        return path;
    }

    /// <summary>Writes <c>unreachable.yaml</c>: a kubeconfig whose server is a closed loopback port (127.0.0.1:1).</summary>
    public static string WriteUnreachable(string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "unreachable.yaml");
        File.WriteAllText(path, """
            apiVersion: v1
            clusters: [{name: c, cluster: {server: "http://127.0.0.1:1"}}]
            users: [{name: u, user: {token: t}}]
            contexts: [{name: x, context: {cluster: c, user: u}}]
            current-context: x

            """);
        return path;
    }
}
