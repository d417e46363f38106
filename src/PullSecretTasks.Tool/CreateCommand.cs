using PullSecretTasks.Results;
using System.CommandLine;
using PullSecretTasks.Protocol;
using PullSecretTasks.Tool.Output;

namespace PullSecretTasks.Tool;

/// <summary><c>pullsecret create NAME</c>.</summary>
internal static class CreateCommand
{
    public static Command Build(CliConsole console)
    {
        var name = new Argument<string>("NAME") { Description = "Secret name." };
        var o = new CreateOptions();
        var command = new Command("create", "Create or update a pull secret from docker/podman/skopeo login output.") { name };
        o.AddTo(command);
        command.SetAction((parse, ct) => Cli.Guard(console, parse.GetValue(o.Cluster.Verbose), parse.GetValue(o.Events), async log =>
        {
            var request = o.ToRequest(parse, parse.GetRequiredValue(name));
            var context = new RunnerContext { Log = log, Environment = console.Environment, ExclusiveProcess = console.ExclusiveProcess, StandardInput = console.In };
            var result = await PullSecretRunner.CreateAsync(request, context, ct).ConfigureAwait(false);
            if (log is ToolEventLog events)
            {
                events.Secrets(result, request.DryRun);
            }
            else
            {
                await console.Out.WriteAsync(SecretPrinter.Print(result.Secrets, parse.GetValue(o.Output), OutcomeText.DryRunLabel(request.DryRun))).ConfigureAwait(false);
            }
            return await Cli.ReportFailuresAsync(console, result.Failures, log).ConfigureAwait(false);
        }));
        return command;
    }
}
