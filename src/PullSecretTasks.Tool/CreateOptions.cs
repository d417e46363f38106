using System.CommandLine;
using PullSecretTasks.Requests;

namespace PullSecretTasks.Tool;

/// <summary>The options of <c>pullsecret create</c>, named as in the README's options table.</summary>
internal sealed class CreateOptions
{
    public Option<string?> DockerConfig { get; } = DockerConfigOption();
    public Option<string[]> Registries { get; } = new("--registry") { Description = "Registry to include (repeatable)." };
    public Option<bool> AllRegistries { get; } = new("--all-registries") { Description = "Include every usable registry found." };
    public Option<string?> DockerServer { get; } = new("--docker-server") { Description = "Registry for a typed credential (with --docker-username)." };
    public Option<string?> DockerUsername { get; } = new("--docker-username") { Description = "User name for --docker-server." };
    public Option<bool> PasswordStdin { get; } = new("--docker-password-stdin") { Description = "Read the --docker-server password from standard input." };
    public Option<string?> PasswordEnv { get; } = new("--docker-password-env") { Description = "Read the --docker-server password from this environment variable." };
    public Option<string?> DockerEmail { get; } = new("--docker-email") { Description = "E-mail for --docker-server (optional)." };
    public Option<string?> Type { get; } = new("--type") { Description = "kubernetes.io/dockerconfigjson (default), kubernetes.io/dockercfg or Opaque." };
    public Option<string[]> Namespaces { get; } = new("--namespace", "-n") { Description = "Namespace (repeatable); default: the kubeconfig context's, else default." };
    public Option<string[]> Link { get; } = new("--link") { Description = "Service account to link the secret to (repeatable)." };
    public Option<string?> For { get; } = new("--for") { Description = "pull, mount or pull,mount (default with --link: pull,mount)." };
    public Option<bool> Overwrite { get; } = new("--overwrite") { Description = "Replace a secret that pullsecret did not create." };
    public Option<string?> DryRun { get; } = new("--dry-run") { Description = "none (default), client (print only, no cluster) or server." };
    public Option<string?> Output { get; } = new("--output", "-o") { Description = "json, yaml or name." };
    public Option<string?> Kubeconfig { get; } = new("--kubeconfig") { Description = "Kubeconfig file." };
    public Option<string?> Context { get; } = new("--context") { Description = "Kubeconfig context." };
    public Option<string?> Timeout { get; } = new("--timeout") { Description = "Time budget for cluster work, e.g. 30s, 2m (default 30s)." };
    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Say which files are read and what is sent." };

    public static Option<string?> DockerConfigOption() => new("--from-docker-config")
    {
        Description = "Read credentials from docker login output (the default); =PATH names a config.json/auth.json or its folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public void AddTo(Command command)
    {
        DryRun.AcceptOnlyFromAmong("none", "client", "server");
        Output.AcceptOnlyFromAmong("json", "yaml", "name");
        Option[] all = [DockerConfig, Registries, AllRegistries, DockerServer, DockerUsername, PasswordStdin, PasswordEnv,
            DockerEmail, Type, Namespaces, Link, For, Overwrite, DryRun, Output, Kubeconfig, Context, Timeout, Verbose];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
    }

    public CreateRequest ToRequest(ParseResult parse, string name)
    {
        var registries = parse.GetValue(Registries) ?? [];
        var all = parse.GetValue(AllRegistries);
        var server = ExplicitCredential(parse);
        if (registries.Length == 0 && !all && server is null)
        {
            throw Cli.Usage("--registry is required unless --all-registries or --docker-server is given (e.g. --registry ghcr.io).");
        }
        if (registries.Length > 0 && all)
        {
            throw Cli.Usage("--registry and --all-registries cannot be combined.");
        }
        return new CreateRequest
        {
            Name = name,
            Namespaces = parse.GetValue(Namespaces) ?? [],
            Registries = registries,
            AllRegistries = all,
            DockerConfig = parse.GetValue(DockerConfig),
            DockerServer = server,
            Type = parse.GetValue(Type) ?? Secrets.SecretTypes.DockerConfigJson,
            LinkTo = parse.GetValue(Link) ?? [],
            For = ParseFor(parse.GetValue(For)),
            Overwrite = parse.GetValue(Overwrite),
            DryRun = parse.GetValue(DryRun) switch { "client" => DryRunMode.Client, "server" => DryRunMode.Server, _ => DryRunMode.None },
            Kubeconfig = parse.GetValue(Kubeconfig),
            Context = parse.GetValue(Context),
            Timeout = Duration.Option(parse.GetValue(Timeout)),
        };
    }

    private ExplicitCredential? ExplicitCredential(ParseResult parse)
    {
        var server = parse.GetValue(DockerServer);
        var user = parse.GetValue(DockerUsername);
        var stdin = parse.GetValue(PasswordStdin);
        var env = parse.GetValue(PasswordEnv);
        if (server is null && user is null && !stdin && env is null && parse.GetValue(DockerEmail) is null)
        {
            return null;
        }
        if (server is null || user is null)
        {
            throw Cli.Usage("--docker-server and --docker-username go together, with --docker-password-stdin or --docker-password-env VAR.");
        }
        if (stdin == (env is not null))
        {
            throw Cli.Usage("Give exactly one of --docker-password-stdin and --docker-password-env VAR.");
        }
        return new ExplicitCredential(server, user, stdin ? PasswordSource.StandardInput : PasswordSource.FromVariable(env!), parse.GetValue(DockerEmail));
    }

    public static LinkFor ParseFor(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return LinkFor.None;
        }
        var result = LinkFor.None;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // oc secrets link --for is case-insensitive (pkg/cli/secrets/link.go).
            result |= part.ToLowerInvariant() switch
            {
                "pull" => LinkFor.Pull,
                "mount" => LinkFor.Mount,
                _ => throw Cli.Usage($"--for \"{part}\" is not one of pull, mount, pull,mount."),
            };
        }
        return result;
    }
}
