using PullSecretTasks;
using PullSecretTasks.Options;

namespace Cake.PullSecretTasks;

/// <summary>How Cake scripts set each core <see cref="Setting"/>: the settings' fluent setters.</summary>
internal static class CakeHints
{
    public static string For(Setting setting) => setting switch
    {
        Setting.Name => "the name argument",
        Setting.Registries => "WithRegistry(...)",
        Setting.AllRegistries => "WithAllRegistries()",
        Setting.DockerConfig => "WithDockerConfig(...)",
        Setting.DockerServer => "WithDockerConfig(...)",
        Setting.Namespaces => "WithNamespace(...)",
        Setting.LinkTo => "WithLinkTo(...)",
        Setting.ServiceAccount => "the serviceAccount argument",
        Setting.Secrets => "the secretName argument",
        Setting.For => "WithFor(...)",
        Setting.Type => "WithType(...)",
        Setting.Overwrite => "WithOverwrite()",
        Setting.Kubeconfig => "WithKubeconfig(...)",
        Setting.KubeContext => "WithKubeContext(...)",
        Setting.DryRun => "WithDryRun(DryRunMode.Client)",
        Setting.Timeout => "WithTimeout(...)",
        Setting.Inspect => "ReadDockerLogin()",
        Setting.Verify => "WithVerify()",
        Setting.DelegatedAuth => "WithDelegatedAuth()",
        Setting.Image => "WithImage(...)",
        Setting.InsecureRegistries => "WithInsecureRegistry(...)",
        _ => setting.ToString(),
    };

    /// <summary>The message with Cake's names for the settings that fix it.</summary>
    public static string Render(PullSecretException error) => error.Render(For);
}
