using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using PullSecretTasks.Protocol;
using PullSecretTasks.Requests;

namespace PullSecretTasks.MSBuild;

/// <summary>
/// On linux-x64 and linux-arm64 the package carries the Native AOT pullsecret next to the task assemblies, and
/// CreatePullSecret runs it instead of the core in-process: inside MSBuild the core pays assembly loading, JIT and,
/// before its first TLS handshake, parsing the machine's whole trust store, which a process of its own skips when the
/// kubeconfig names its CA (docs/performance.md). The request goes over as options (names and paths only: the tool
/// reads the credentials itself, from the same environment); everything comes back as <see cref="ToolEvent"/> lines.
/// Elsewhere, or with PULLSECRET_IN_PROCESS=1, the task runs the core in-process as before.
/// </summary>
internal static partial class NativeTool
{
    /// <summary>The variable that keeps the task in-process (the tests of the in-process path, or a noexec package cache).</summary>
    public const string InProcessVariable = "PULLSECRET_IN_PROCESS";

    /// <summary>The native tool to run, or null to run in-process.</summary>
    public static string? Find()
    {
        // linux-x64 and linux-arm64 exactly: the binaries are built against glibc, so linux-musl-* (Alpine) runs in-process.
        var rid = RuntimeInformation.RuntimeIdentifier;
        if (!OperatingSystem.IsLinux() || rid is not ("linux-x64" or "linux-arm64") || Environment.GetEnvironmentVariable(InProcessVariable) == "1")
        {
            return null;
        }
        var path = Path.Combine(Path.GetDirectoryName(typeof(NativeTool).Assembly.Location) ?? "", "native", rid, "pullsecret");
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            // NuGet does not keep the executable bit when it extracts a package.
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The <c>pullsecret create</c> options that say what <paramref name="request"/> says.</summary>
    public static List<string> CreateArguments(CreateRequest request)
    {
        var args = new List<string> { "create", request.Name, "--events" };
        void Add(string option, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                args.Add($"{option}={value}");
            }
        }
        void Flag(string option, bool on)
        {
            if (on)
            {
                args.Add(option);
            }
        }
        request.Registries.ToList().ForEach(r => Add("--registry", r));
        Flag("--all-registries", request.AllRegistries);
        request.Namespaces.ToList().ForEach(n => Add("--namespace", n));
        Add("--from-docker-config", request.DockerConfig);
        Add("--container-registry", request.ContainerRegistry);
        Add("--type", request.Type);
        request.LinkTo.ToList().ForEach(a => Add("--link", a));
        Add("--for", request.For == LinkFor.None ? null : string.Join(',', new[] { (LinkFor.Pull, "pull"), (LinkFor.Mount, "mount") }.Where(f => request.For.HasFlag(f.Item1)).Select(f => f.Item2)));
        Flag("--overwrite", request.Overwrite);
        Flag("--verify", request.Verify);
        Flag("--delegated-auth", request.DelegatedAuth);
        Add("--image", request.Image);
        request.InsecureRegistries.ToList().ForEach(r => Add("--insecure-registry", r));
        Add("--dry-run", request.DryRun == DryRunMode.None ? null : request.DryRun.ToString().ToLowerInvariant());
        Add("--kubeconfig", request.Kubeconfig);
        Add("--context", request.Context);
        Add("--timeout", request.Timeout is { } t ? $"{t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}ms" : null);
        return args;
    }

    /// <summary>
    /// Runs the tool, handing each event to <paramref name="onEvent"/> on this thread; returns its exit code and
    /// stderr, or null when it could not be started at all.
    /// </summary>
    public static (int ExitCode, string Error)? Run(string path, IReadOnlyList<string> arguments, Action<ToolEvent> onEvent, CancellationToken ct)
    {
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // it cannot run here (a noexec mount, a foreign loader): the caller runs in-process
        }
        using var started = process;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        // A cancelled build cancels the tool as Ctrl+C would: it stops, kills its helpers and reports what it did.
        using var cancel = ct.Register(() => _ = Kill(process.Id, SigTerm));
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (ToolEvent.Parse(line) is { } e)
            {
                onEvent(e);
            }
        }
        process.WaitForExit();
        return (process.ExitCode, error.GetAwaiter().GetResult());
    }

    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
