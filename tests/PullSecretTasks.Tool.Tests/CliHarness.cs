using System.Runtime.Versioning;
using System.Text;

namespace PullSecretTasks.Tool.Tests;

/// <summary>What one in-process run of the CLI printed.</summary>
internal sealed record CliRun(int Exit, string Out, string Err)
{
    public string All => Out + Err;
}

/// <summary>
/// Runs <c>pullsecret</c> in-process against a temporary HOME (with XDG_RUNTIME_DIR inside it, so nothing of the
/// machine's own login output is read), with StringWriters for stdout and stderr.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Root = Path.Combine(Path.GetTempPath(), "psec-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "home"));
        Directory.CreateDirectory(Path.Combine(Root, "run"));
        Directory.CreateDirectory(Path.Combine(Root, "bin"));
        Vars = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(Root, "home"),
            ["XDG_RUNTIME_DIR"] = Path.Combine(Root, "run"),
            ["PATH"] = Path.Combine(Root, "bin") + ":/usr/bin:/bin",
        };
    }

    public string Root { get; }

    public Dictionary<string, string> Vars { get; }

    /// <summary>Writes ~/.docker/config.json and returns its path.</summary>
    public string DockerConfig(string json) => Write("home/.docker/config.json", json);

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Puts an executable docker-credential-NAME shell script on PATH.</summary>
    [UnsupportedOSPlatform("windows")]
    public void Helper(string name, string body)
    {
        var path = Write($"bin/docker-credential-{name}", "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public async Task<CliRun> RunAsync(params string[] args) => await RunWithStdinAsync("", args);

    public async Task<CliRun> RunWithStdinAsync(string stdin, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var console = new CliConsole(output, error, new StringReader(stdin), RunnerEnvironment.From(Vars, userId: 1000));
        var exit = await Cli.RunAsync(args, console);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp cleanup.
        }
    }
}
