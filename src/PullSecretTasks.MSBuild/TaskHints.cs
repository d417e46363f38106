using PullSecretTasks.Options;

namespace PullSecretTasks.MSBuild;

/// <summary>
/// How MSBuild users set each core <see cref="Setting"/>: the PullSecret item's metadata and the PullSecret*
/// properties of the CreatePullSecrets target, with the task parameter for those who call the tasks themselves.
/// </summary>
internal static class TaskHints
{
    public static string For(Setting setting) => setting switch
    {
        Setting.Name => "the PullSecret item's Include",
        Setting.Registries => "the PullSecret item's Registries metadata, or the ContainerRegistry property",
        Setting.AllRegistries => "AllRegistries=\"true\" on the PullSecret item",
        Setting.DockerConfig => "the PullSecretDockerConfig property or the task's DockerConfig",
        Setting.DockerServer => "the PullSecretDockerConfig property or the task's DockerConfig",
        Setting.Namespaces => "the PullSecret item's Namespace metadata, or the PullSecretNamespace property",
        Setting.LinkTo => "the PullSecret item's ServiceAccounts metadata",
        Setting.ServiceAccount => "the task's ServiceAccount",
        Setting.Secrets => "the task's Secrets",
        Setting.For => "the PullSecret item's For metadata",
        Setting.Type => "the PullSecret item's Type metadata",
        Setting.Overwrite => "Overwrite=\"true\" on the PullSecret item",
        Setting.Kubeconfig => "the PullSecretKubeconfig property or the task's Kubeconfig",
        Setting.KubeContext => "the PullSecretKubeContext property or the task's KubeContext",
        Setting.DryRun => "PullSecretDryRun=client",
        Setting.Timeout => "the PullSecretTimeout property, e.g. 2m, or the task's Timeout",
        Setting.Inspect => "the ReadDockerLogin task",
        Setting.Verify => "the PullSecretVerify property or the PullSecret item's Verify metadata",
        Setting.DelegatedAuth => "DelegatedAuth=\"true\" on the PullSecret item",
        Setting.Image => "the PullSecret item's Image metadata",
        Setting.InsecureRegistries => "the DOTNET_CONTAINER_INSECURE_REGISTRIES environment variable, as for the SDK's push",
        _ => setting.ToString(),
    };

    /// <summary>The message with MSBuild's names for the settings that fix it.</summary>
    public static string Render(PullSecretException error) => error.Render(For);
}
