using System.CommandLine;
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
        var namespaces = new Option<string[]>("--namespace", "-n") { Description = "Namespace (repeatable); default: the kubeconfig context's." };
        var @for = new Option<string?>("--for") { Description = "pull, mount or pull,mount (default mount, as oc secrets link)." };
        var kubeconfig = new Option<string?>("--kubeconfig") { Description = "Kubeconfig file." };
        var context = new Option<string?>("--context") { Description = "Kubeconfig context." };
        var timeout = new Option<string?>("--timeout") { Description = "Time budget, including waiting for the account (default 30s)." };
        var verbose = new Option<bool>("--verbose") { Description = "Say what is sent." };
        var command = unlink
            ? new Command("unlink", "Remove secrets from a service account's secrets and imagePullSecrets.") { account, secrets, namespaces, kubeconfig, context, timeout, verbose }
            : new Command("link", "Add secrets to a service account (imagePullSecrets for pull, secrets for mount).") { account, secrets, namespaces, @for, kubeconfig, context, timeout, verbose };
        command.SetAction((parse, ct) => Cli.Guard(console, parse.GetValue(verbose), async log =>
        {
            var request = new LinkRequest
            {
                ServiceAccount = parse.GetRequiredValue(account),
                Secrets = (parse.GetValue(secrets) ?? []).Select(StripKind).ToList(),
                Namespaces = parse.GetValue(namespaces) ?? [],
                For = unlink ? LinkFor.None : CreateOptions.ParseFor(parse.GetValue(@for)),
                Kubeconfig = parse.GetValue(kubeconfig),
                Context = parse.GetValue(context),
                Timeout = Duration.Option(parse.GetValue(timeout)),
            };
            var runner = new RunnerContext { Log = log, Environment = console.Environment };
            var result = unlink
                ? await PullSecretRunner.UnlinkAsync(request, runner, ct).ConfigureAwait(false)
                : await PullSecretRunner.LinkAsync(request, runner, ct).ConfigureAwait(false);
            await console.Out.WriteAsync(LinkPrinter.Print(result, request.Namespaces.Distinct().Count() > 1, " (server dry run)")).ConfigureAwait(false);
            return await Cli.ReportFailuresAsync(console, result.Failures).ConfigureAwait(false);
        }));
        return command;
    }

    // oc accepts "name", "secret/name" and "secrets/name" (pkg/cli/secrets/secrets.go).
    private static string StripKind(string s) =>
        s.StartsWith("secret/", StringComparison.Ordinal) ? s["secret/".Length..]
        : s.StartsWith("secrets/", StringComparison.Ordinal) ? s["secrets/".Length..] : s;
}
