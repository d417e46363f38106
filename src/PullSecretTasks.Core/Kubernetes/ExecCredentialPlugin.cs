using System.Text;
using System.Text.Json;
using PullSecretTasks.Docker;
using PullSecretTasks.Options;
using PullSecretTasks.Processes;

namespace PullSecretTasks.Kubernetes;

/// <summary>What an exec credential plugin answered: a bearer token, or a client certificate and key (PEM).</summary>
internal sealed record ExecCredential(string? Token, string? ClientCertificateData, string? ClientKeyData);

/// <summary>
/// Runs a kubeconfig <c>exec:</c> credential plugin as client-go does (k8s.io/client-go plugin/pkg/client/auth/exec):
/// KUBERNETES_EXEC_INFO describes the request, stdout must be an ExecCredential of the same apiVersion. Failures
/// name the plugin's command and what went wrong, never its output: plugins print tokens.
/// </summary>
internal static class ExecCredentialPlugin
{
    private static readonly string[] ApiVersions = ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"];

    public static async Task<ExecCredential> RunAsync(KubeExec exec, KubeCluster cluster, string user, RunnerEnvironment env, TimeSpan timeout, CancellationToken ct)
    {
        var name = Path.GetFileName(exec.Command);
        if (exec.ApiVersion is not { } apiVersion || !ApiVersions.Contains(apiVersion))
        {
            throw Fail(user, name, $"asks for apiVersion \"{exec.ApiVersion}\", which client-go no longer accepts; use {ApiVersions[0]}");
        }
        if (exec.InteractiveMode == "Always")
        {
            throw Fail(user, name, "needs an interactive terminal (interactiveMode: Always), which a build does not have; log in first so it can answer unattended");
        }
        var program = exec.Command.Contains('/', StringComparison.Ordinal) ? exec.Command : ExecutableFinder.Find(exec.Command, env);
        if (program is null)
        {
            var hint = string.IsNullOrWhiteSpace(exec.InstallHint) ? "" : $" The kubeconfig says: {exec.InstallHint.Trim()}";
            throw Fail(user, name, $"is not on PATH.{hint}");
        }
        var variables = new Dictionary<string, string>(env.Variables);
        foreach (var (k, v) in exec.Environment)
        {
            variables[k] = v;
        }
        variables["KUBERNETES_EXEC_INFO"] = ExecInfo(apiVersion, exec.ProvideClusterInfo ? cluster : null);
        int exit;
        string stdout;
        try
        {
            (exit, stdout) = await ChildProcess.RunAsync(new ChildCommand(program, exec.Arguments, variables, null, timeout), ct).ConfigureAwait(false);
        }
        catch (ChildProcessException ex)
        {
            throw Fail(user, name, ex.Failure == ChildFailure.TimedOut ? $"did not answer in time ({ex.Message})" : $"failed: {ex.Message}");
        }
        if (exit != 0)
        {
            throw Fail(user, name, $"exited with code {exit} (its output is not shown: it can hold credentials); run it by hand to see why");
        }
        return Parse(stdout, apiVersion, user, name);
    }

    private static ExecCredential Parse(string stdout, string apiVersion, string user, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(stdout);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "kind") != "ExecCredential")
            {
                throw Fail(user, name, "printed something that is not an ExecCredential");
            }
            if (Text(root, "apiVersion") is var answered && answered != apiVersion)
            {
                throw Fail(user, name, $"answered with apiVersion \"{answered}\" instead of {apiVersion}");
            }
            if (!root.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Object)
            {
                throw Fail(user, name, "answered without a status");
            }
            var credential = new ExecCredential(Text(status, "token"), Text(status, "clientCertificateData"), Text(status, "clientKeyData"));
            var certificate = credential.ClientCertificateData is { Length: > 0 } && credential.ClientKeyData is { Length: > 0 };
            return credential.Token is { Length: > 0 } || certificate
                ? credential
                : throw Fail(user, name, "answered with neither a token nor a client certificate and key");
        }
        catch (JsonException)
        {
            throw Fail(user, name, "printed something that is not JSON");
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string ExecInfo(string apiVersion, KubeCluster? cluster)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("kind", "ExecCredential");
            json.WriteString("apiVersion", apiVersion);
            json.WriteStartObject("spec");
            json.WriteBoolean("interactive", false);
            if (cluster is not null)
            {
                json.WriteStartObject("cluster");
                json.WriteString("server", cluster.Server);
                if (cluster.TlsServerName is { } tls)
                {
                    json.WriteString("tls-server-name", tls);
                }
                json.WriteBoolean("insecure-skip-tls-verify", cluster.InsecureSkipTlsVerify);
                if (cluster.CertificateAuthorityData is { } ca)
                {
                    json.WriteString("certificate-authority-data", ca);
                }
                if (cluster.ProxyUrl is { } proxy)
                {
                    json.WriteString("proxy-url", proxy);
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static PullSecretException Fail(string user, string name, string what) =>
        new(ErrorCodes.ExecPluginFailed, $"The exec credential plugin {name} of kubeconfig user {user} {what}.", Setting.Kubeconfig);
}
