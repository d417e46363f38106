using System.Diagnostics;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>The result of one kubectl run.</summary>
public sealed record KubectlResult(int ExitCode, string StdOut, string StdErr)
{
    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\nstdout: {StdOut}\nstderr: {StdErr}";
}

/// <summary>Finds and runs kubectl. A missing kubectl is an error that says what to install, never a skip.</summary>
public static class Kubectl
{
    private const string InstallHint =
        "kubectl was not found on PATH. Install it (Debian/Ubuntu: `apt-get install google-cloud-cli-kubectl` or `kubectl` " +
        "from https://pkgs.k8s.io; other systems: https://kubernetes.io/docs/tasks/tools/) so the fake API server conformance tests can run.";

    /// <summary>The kubectl on PATH (on the build machine, the Cloud SDK version dispatcher).</summary>
    public static string Path => Find("kubectl") ?? throw new InvalidOperationException(InstallHint);

    /// <summary>A versioned binary next to the dispatcher, e.g. Versioned("1.32") → …/kubectl.1.32.</summary>
    public static string Versioned(string version)
    {
        var dispatcher = Path;
        var real = File.ResolveLinkTarget(dispatcher, returnFinalTarget: true)?.FullName ?? dispatcher;
        var candidate = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(real)!, $"kubectl.{version}");
        return File.Exists(candidate) ? candidate
            : Find($"kubectl.{version}") ?? throw new InvalidOperationException($"kubectl.{version} was not found next to {real} or on PATH. {InstallHint}");
    }

    /// <summary>Runs kubectl with the arguments, an optional stdin text and extra environment variables.</summary>
    public static async Task<KubectlResult> RunAsync(string executable, IEnumerable<string> args, string? stdin = null,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Keep the user's kubeconfig and proxies out of the test.
        start.Environment.Remove("KUBECONFIG");
        start.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        start.Environment["KUBECTL_COMMAND_HEADERS"] = "true";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"kubectl {string.Join(' ', args)} did not finish in time");
        }

        return new KubectlResult(process.ExitCode, await stdout, await stderr);
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}
