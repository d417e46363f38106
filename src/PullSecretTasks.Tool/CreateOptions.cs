using System.CommandLine;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;

namespace PullSecretTasks.Tool;

/// <summary>The options of <c>pullsecret create</c>, named as in the README's options table. The core checks them.</summary>
internal sealed class CreateOptions
{
    public ClusterOptions Cluster { get; } = new();
    public Option<string?> DockerConfig { get; } = DockerConfigOption();
    public Option<string[]> Registries { get; } = new("--registry") { Description = "Registry to include (repeatable)." };
    public Option<bool> AllRegistries { get; } = new("--all-registries") { Description = "Include every usable registry found." };
    public Option<string?> DockerServer { get; } = new("--docker-server") { Description = "Registry for a typed credential (with --docker-username)." };
    public Option<string?> DockerUsername { get; } = new("--docker-username") { Description = "User name for --docker-server." };
    public Option<bool> PasswordStdin { get; } = new("--docker-password-stdin") { Description = "Read the --docker-server password from standard input." };
    public Option<string?> PasswordEnv { get; } = new("--docker-password-env") { Description = "Read the --docker-server password from this environment variable." };
    public Option<string?> DockerEmail { get; } = new("--docker-email") { Description = "E-mail for --docker-server (optional)." };
    public Option<string?> Type { get; } = new("--type") { Description = "kubernetes.io/dockerconfigjson (default), kubernetes.io/dockercfg or Opaque." };
    public Option<string[]> Link { get; } = new("--link") { Description = "Service account to link the secret to (repeatable)." };
    public Option<string?> For { get; } = new("--for") { Description = "pull, mount or pull,mount (default with --link: pull,mount)." };
    public Option<bool> Overwrite { get; } = new("--overwrite") { Description = "Take over a secret pullsecret did not create, or replace one of another type." };
    public Option<string?> Output { get; } = new("--output", "-o") { Description = "json, yaml or name." };

    // For the MSBuild task, which starts this native build and reads its events: hidden from --help.
    public Option<bool> Events { get; } = new("--events") { Hidden = true, Description = "Write log lines, errors and secrets as JSON lines on stdout." };
    public Option<string?> ContainerRegistry { get; } = new("--container-registry") { Hidden = true, Description = "The registry the .NET SDK pushes to, whose SDK credential variables count." };
    public Option<bool> Verify { get; } = new("--verify") { Description = "Check each credential against its registry first, as docker login does; nothing is written when one is refused." };
    public Option<bool> DelegatedAuth { get; } = new("--delegated-auth") { Description = "Add an entry for each registry's token host on another host (e.g. sso.redhat.com)." };
    public Option<string?> Image { get; } = new("--image") { Description = "With --verify, an image whose pull access to prove (registry/repository[:tag])." };
    public Option<string[]> InsecureRegistries { get; } = new("--insecure-registry") { Description = "Registry to reach without TLS verification, then over HTTP (repeatable; loopback always is)." };

    public static Option<string?> DockerConfigOption() => new("--from-docker-config")
    {
        Description = "Read credentials from docker login output (the default); =PATH names a config.json/auth.json or its folder.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public void AddTo(Command command)
    {
        Output.AcceptOnlyFromAmong("json", "yaml", "name");
        Option[] all = [DockerConfig, Registries, AllRegistries, DockerServer, DockerUsername, PasswordStdin, PasswordEnv,
            DockerEmail, Type, Link, For, Overwrite, Verify, DelegatedAuth, Image, InsecureRegistries, Output, Events, ContainerRegistry];
        foreach (var option in all)
        {
            command.Options.Add(option);
        }
        Cluster.AddTo(command);
    }

    public CreateRequest ToRequest(ParseResult parse, string name) => new()
    {
        Name = name,
        Namespaces = Cluster.NamespacesOf(parse),
        Registries = parse.GetValue(Registries) ?? [],
        AllRegistries = parse.GetValue(AllRegistries),
        DockerConfig = parse.GetValue(DockerConfig),
        ContainerRegistry = parse.GetValue(ContainerRegistry),
        DockerServer = ExplicitCredential(parse),
        Type = parse.GetValue(Type),
        LinkTo = parse.GetValue(Link) ?? [],
        For = OptionText.For(parse.GetValue(For)),
        Overwrite = parse.GetValue(Overwrite),
        Verify = parse.GetValue(Verify),
        DelegatedAuth = parse.GetValue(DelegatedAuth),
        Image = parse.GetValue(Image),
        InsecureRegistries = parse.GetValue(InsecureRegistries) ?? [],
        DryRun = Cluster.DryRunOf(parse),
        Kubeconfig = parse.GetValue(Cluster.Kubeconfig),
        Context = parse.GetValue(Cluster.Context),
        Timeout = Cluster.TimeoutOf(parse),
    };

    // Which of the typed-credential flags go together is a command-line rule: the other front ends have no such flags.
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
}
