using System.Diagnostics;

namespace PullSecretTasks.Benchmarks;

/// <summary>Runs pullsecret (as installed: `dotnet pullsecret.dll`, or PULLSECRET_EXE) and kubectl with the same environment.</summary>
internal sealed class CommandRunner(string work, string kubeconfig, string dockerConfig)
{
    private readonly string cacheDir = Path.Combine(work, "kubectl-cache");
    private readonly string tool = Path.Combine(AppContext.BaseDirectory, "pullsecret.dll");

    public void Warm(string[][] ours, string[][] theirs)
    {
        Time(ours, pullsecret: true);
        Time(theirs, pullsecret: false);
    }

    /// <summary>Wall time in ms of the commands run one after another.</summary>
    public double Time(string[][] commands, bool pullsecret)
    {
        var watch = Stopwatch.StartNew();
        foreach (var args in commands)
        {
            var psi = pullsecret ? PullSecret(args) : Kubectl(args);
            psi.RedirectStandardOutput = psi.RedirectStandardError = true;
            psi.Environment["KUBECONFIG"] = kubeconfig;
            psi.Environment["DOCKER_CONFIG"] = dockerConfig;
            using var p = Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            var err = p.StandardError.ReadToEnd();
            p.WaitForExit();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"{psi.FileName} {string.Join(' ', psi.ArgumentList)} failed: {err}");
            }
        }
        return watch.Elapsed.TotalMilliseconds;
    }

    private ProcessStartInfo PullSecret(string[] args)
    {
        var exe = Environment.GetEnvironmentVariable("PULLSECRET_EXE");
        var psi = new ProcessStartInfo(exe ?? "dotnet");
        if (exe is null)
        {
            psi.ArgumentList.Add(tool);
        }
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        return psi;
    }

    private ProcessStartInfo Kubectl(string[] args)
    {
        var psi = new ProcessStartInfo("kubectl");
        psi.ArgumentList.Add("--cache-dir");
        psi.ArgumentList.Add(cacheDir);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        return psi;
    }
}
