using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PullSecretTasks.Docker;

/// <summary>
/// The docker-credential-helpers protocol (docker/docker-credential-helpers client/client.go, credentials/credentials.go): no shell; the server URL on stdin
/// without a newline; JSON on stdout, matched case-insensitively; errors on stdout with a non-zero exit.
/// Helper output is never echoed: it can hold the secret.
/// </summary>
internal sealed class CredentialHelperProcess(RunnerEnvironment environment, TimeSpan timeout) : ICredentialHelper
{
    private const int MaxOutput = 1 << 20;
    private const string NotFoundMessage = "credentials not found in native keychain";

    /// <inheritdoc />
    public HelperAnswer Get(string helper, string serverUrl, CancellationToken cancellationToken)
    {
        var (exit, stdout) = Run(helper, "get", serverUrl, serverUrl, cancellationToken);
        if (exit != 0)
        {
            return stdout.Trim() == NotFoundMessage
                ? new HelperAnswer(HelperAnswerKind.NotFound)
                : throw Failed(helper, serverUrl, exit);
        }
        var (user, secret) = ParseGet(helper, serverUrl, stdout);
        return user switch
        {
            "" when secret.Length == 0 => new HelperAnswer(HelperAnswerKind.NotFound),
            "<token>" => new HelperAnswer(HelperAnswerKind.IdentityToken, "", secret),
            _ => new HelperAnswer(HelperAnswerKind.Credentials, user, secret),
        };
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> List(string helper, CancellationToken cancellationToken)
    {
        // The Go client sends "unused" on stdin for list (client/client.go).
        var (exit, stdout) = Run(helper, "list", "unused", "(list)", cancellationToken);
        if (exit != 0)
        {
            throw Failed(helper, "(list)", exit);
        }
        try
        {
            using var doc = JsonDocument.Parse(stdout);
            return doc.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw BadOutput(helper, "(list)");
        }
    }

    private (int Exit, string Stdout) Run(string helper, string verb, string stdin, string server, CancellationToken ct)
    {
        var program = "docker-credential-" + helper;
        var path = ExecutableFinder.Find(program, environment)
            ?? throw new PullSecretException(ErrorCodes.HelperMissing,
                $"The credential helper {program} (configured for {server}) is not on PATH. Install it, or log in again without it (docker logout; docker login).");
        var psi = new ProcessStartInfo(path, verb)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        psi.Environment.Clear();
        foreach (var (k, v) in environment.Variables)
        {
            psi.Environment[k] = v;
        }
        using var process = Process.Start(psi)
            ?? throw Failed(helper, server, -1);
        var stdout = ReadCapped(process.StandardOutput);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The helper exited without reading stdin; its exit code tells the rest.
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            ct.ThrowIfCancellationRequested();
            throw new PullSecretException(ErrorCodes.HelperTimeout,
                $"The credential helper {program} did not answer for {server} within {timeout.TotalSeconds:0.#} s. Check that it can run unattended (no GUI or passphrase prompt), e.g. `printf {server} | {program} get`.");
        }
        _ = stderr.GetAwaiter().GetResult();
        return (process.ExitCode, stdout.GetAwaiter().GetResult());
    }

    private static async Task<string> ReadCapped(StreamReader reader)
    {
        var buffer = new char[8192];
        var sb = new StringBuilder();
        int n;
        while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (sb.Length < MaxOutput)
            {
                sb.Append(buffer, 0, Math.Min(n, MaxOutput - sb.Length));
            }
        }
        return sb.ToString();
    }

    private static (string User, string Secret) ParseGet(string helper, string server, string stdout)
    {
        try
        {
            using var doc = JsonDocument.Parse(stdout);
            string? user = null, secret = null;
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                if (p.Name.Equals("Username", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
                {
                    user = p.Value.GetString();
                }
                else if (p.Name.Equals("Secret", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
                {
                    secret = p.Value.GetString();
                }
            }
            return user is null || secret is null ? throw BadOutput(helper, server) : (user, secret);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw BadOutput(helper, server);
        }
    }

    private static PullSecretException Failed(string helper, string server, int exit) =>
        new(ErrorCodes.HelperFailed,
            $"The credential helper docker-credential-{helper} failed for {server} (exit code {exit}). Run `printf {server} | docker-credential-{helper} get` to see its message, or log in again.");

    private static PullSecretException BadOutput(string helper, string server) =>
        new(ErrorCodes.HelperBadOutput,
            $"The credential helper docker-credential-{helper} answered for {server} with output that is not the expected JSON ({{\"Username\",\"Secret\"}}). Check the helper's version, or log in again.");
}
