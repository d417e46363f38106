using PullSecretTasks.Results;
using System.CommandLine;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Tool.Output;

namespace PullSecretTasks.Tool;

/// <summary><c>pullsecret link SA SECRET...</c> and <c>pullsecret unlink SA SECRET...</c>, as oc secrets link/unlink.</summary>
internal static class LinkCommand
{
    public static Command Build(CliConsole console, bool unlink)
    {
        var account = new Argument<string>("SA") { Description = "Service account (e.g. builder, default)." };
        var secrets = new Argument<string[]>("SECRET") { Description = "Secrets to " + (unlink ? "unlink." : "link."), Arity = ArgumentArity.OneOrMore };
        var @for = new Option<string?>("--for") { Description = "pull, mount or pull,mount (default mount, as oc secrets link)." };
        var cluster = new ClusterOptions();
        var command = unlink
            ? new Command("unlink", "Remove secrets from a service account's secrets and imagePullSecrets.") { account, secrets }
            : new Command("link", "Add secrets to a service account (imagePullSecrets for pull, secrets for mount).") { account, secrets, @for };
        cluster.AddTo(command);
        command.SetAction((parse, ct) => Cli.Guard(console, parse.GetValue(cluster.Verbose), async log =>
        {
            var request = new LinkRequest
            {
                ServiceAccount = parse.GetRequiredValue(account),
                Secrets = parse.GetValue(secrets) ?? [],
                Namespaces = cluster.NamespacesOf(parse),
                For = unlink ? LinkFor.None : OptionText.For(parse.GetValue(@for)),
                DryRun = cluster.DryRunOf(parse),
                Kubeconfig = parse.GetValue(cluster.Kubeconfig),
                Context = parse.GetValue(cluster.Context),
                Timeout = cluster.TimeoutOf(parse),
            };
            var runner = new RunnerContext { Log = log, Environment = console.Environment, ExclusiveProcess = console.ExclusiveProcess };
            var result = unlink
                ? await PullSecretRunner.UnlinkAsync(request, runner, ct).ConfigureAwait(false)
                : await PullSecretRunner.LinkAsync(request, runner, ct).ConfigureAwait(false);
            var withNamespace = result.Links.Select(l => l.Namespace).Distinct().Count() > 1;
            await console.Out.WriteAsync(LinkPrinter.Print(result, withNamespace, OutcomeText.DryRunLabel(request.DryRun))).ConfigureAwait(false);
            return await Cli.ReportFailuresAsync(console, result.Failures).ConfigureAwait(false);
        }));
        return command;
    }
}
