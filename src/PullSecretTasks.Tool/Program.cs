using PullSecretTasks;
using PullSecretTasks.Tool;

using var signals = SignalCancellation.Register();
var console = new CliConsole(Console.Out, Console.Error, Console.In, RunnerEnvironment.FromProcess(), exclusiveProcess: true) { Signals = signals };
return await Cli.RunAsync(args, console).ConfigureAwait(false);
