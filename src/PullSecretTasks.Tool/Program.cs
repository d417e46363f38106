using PullSecretTasks;
using PullSecretTasks.Tool;

var console = new CliConsole(Console.Out, Console.Error, Console.In, RunnerEnvironment.FromProcess(), exclusiveProcess: true);
return await Cli.RunAsync(args, console).ConfigureAwait(false);
