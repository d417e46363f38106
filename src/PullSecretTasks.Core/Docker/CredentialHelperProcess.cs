using System.Text.Json;
using PullSecretTasks.Options;
using PullSecretTasks.Processes;

namespace PullSecretTasks.Docker;

/// <summary>
/// The docker-credential-helpers protocol (docker/docker-credential-helpers client/client.go, credentials/credentials.go): no shell; the server URL on stdin
/// without a newline; JSON on stdout, matched case-insensitively; errors on stdout with a non-zero exit.
/// Helper output is never echoed: it can hold the secret.
/// </summary>
/// <param name="environment">The helper's environment.</param>
/// <param name="timeout">How long one call may take.</param>
/// <param name="deadline">The run's deadline, which shortens a call when less is left; null for none (inspect).</param>
internal sealed class CredentialHelperProcess(RunnerEnvironment environment, TimeSpan timeout, RunDeadline? deadline = null) : ICredentialHelper
{
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
        var limit = deadline?.For(timeout) ?? timeout;
        var runOut = limit < timeout;
        try
        {
            if (limit <= TimeSpan.Zero)
            {
                throw new ChildProcessException(ChildFailure.TimedOut, "the run's time was up");
            }
            return ChildProcess.RunAsync(new ChildCommand(path, [verb], environment.Variables, stdin, limit), ct).GetAwaiter().GetResult();
        }
        catch (ChildProcessException ex) when (ex.Failure == ChildFailure.TimedOut && runOut)
        {
            throw new PullSecretException(ErrorCodes.HelperTimeout,
                $"The credential helper {program} did not answer for {server} before the run's timeout. Check that it can run unattended (no GUI or passphrase prompt), e.g. `printf {server} | {program} get`, or raise the timeout.",
                Setting.Timeout);
        }
        catch (ChildProcessException ex) when (ex.Failure == ChildFailure.TimedOut)
        {
            throw new PullSecretException(ErrorCodes.HelperTimeout,
                $"The credential helper {program} did not answer for {server} within {timeout.TotalSeconds:0.#} s. Check that it can run unattended (no GUI or passphrase prompt), e.g. `printf {server} | {program} get`.");
        }
        catch (ChildProcessException ex)
        {
            throw new PullSecretException(ErrorCodes.HelperFailed,
                $"The credential helper {program} ({path}) for {server} failed: {ex.Message}. Reinstall it, or log in again without it (docker logout; docker login).");
        }
    }

    internal static (string User, string Secret) ParseGet(string helper, string server, string stdout)
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
