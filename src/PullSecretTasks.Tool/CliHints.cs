using PullSecretTasks.Options;

namespace PullSecretTasks.Tool;

/// <summary>How the command line names each core <see cref="Setting"/> in error messages.</summary>
internal static class CliHints
{
    public static string For(Setting setting) => setting switch
    {
        Setting.Name => "the NAME argument",
        Setting.Registries => "--registry HOST",
        Setting.AllRegistries => "--all-registries",
        Setting.DockerConfig => "--from-docker-config=PATH",
        Setting.DockerServer => "--docker-server, --docker-username, --docker-password-stdin or --docker-password-env VAR",
        Setting.Namespaces => "-n NAMESPACE",
        Setting.LinkTo => "--link SA",
        Setting.ServiceAccount => "the SA argument",
        Setting.Secrets => "the SECRET arguments",
        Setting.For => "--for pull|mount|pull,mount",
        Setting.Type => "--type",
        Setting.Overwrite => "--overwrite",
        Setting.Kubeconfig => "--kubeconfig PATH",
        Setting.KubeContext => "--context NAME",
        Setting.DryRun => "--dry-run client",
        Setting.Timeout => "--timeout DURATION",
        Setting.Inspect => "pullsecret inspect",
        Setting.Verify => "--verify",
        Setting.DelegatedAuth => "--delegated-auth",
        Setting.Image => "--image REF",
        Setting.InsecureRegistries => "--insecure-registry HOST",
        _ => setting.ToString(),
    };

    /// <summary>The message with this front end's names for the settings that fix it.</summary>
    public static string Render(PullSecretException error) => error.Render(For);
}
