using System.CommandLine;
using PullSecretTasks.Requests;
using PullSecretTasks.Tool.Output;

namespace PullSecretTasks.Tool;

/// <summary><c>pullsecret inspect</c>: what the login output holds, per registry; never a secret.</summary>
internal static class InspectCommand
{
    public static Command Build(CliConsole console)
    {
        var dockerConfig = CreateOptions.DockerConfigOption();
        var registries = new Option<string[]>("--registry") { Description = "Registry to report (repeatable); default: every one found." };
        var output = new Option<string?>("--output", "-o") { Description = "Output format: json." };
        output.AcceptOnlyFromAmong("json");
        var verbose = new Option<bool>("--verbose") { Description = "Say which files are read." };
        var command = new Command("inspect", "Show, per registry, where its credential lives and the user name (never the password).")
        {
            dockerConfig, registries, output, verbose,
        };
        command.SetAction((parse, ct) => Cli.Guard(console, parse.GetValue(verbose), async log =>
        {
            var request = new InspectRequest { DockerConfig = parse.GetValue(dockerConfig), Registries = parse.GetValue(registries) ?? [] };
            var context = new RunnerContext { Log = log, Environment = console.Environment };
            var reports = PullSecretRunner.Inspect(request, context, ct);
            await console.Out.WriteAsync(InspectPrinter.Print(reports, parse.GetValue(output))).ConfigureAwait(false);
            // Asked-for registries that cannot make a secret fail the command, so scripts can check a login.
            return request.Registries.Count > 0 && reports.Any(r => !r.Usable) ? 1 : 0;
        }));
        return command;
    }
}
