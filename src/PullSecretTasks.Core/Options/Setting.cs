namespace PullSecretTasks.Options;

/// <summary>
/// A request setting that fixes a failure. The core names it; each front end renders it in its own words
/// (<c>--registry HOST</c> on the command line, the <c>Registries</c> metadata in MSBuild, <c>WithRegistry(...)</c>
/// in Cake), so no user is told to pass a flag their front end does not have.
/// </summary>
public enum Setting
{
    /// <summary>The secret name.</summary>
    Name,

    /// <summary>The registries to take from the login output.</summary>
    Registries,

    /// <summary>Take every usable registry.</summary>
    AllRegistries,

    /// <summary>The login output to read (config.json, auth.json or a folder).</summary>
    DockerConfig,

    /// <summary>A typed credential's registry (with its user name and password source).</summary>
    DockerServer,

    /// <summary>The namespaces.</summary>
    Namespaces,

    /// <summary>The service accounts to link a new secret to.</summary>
    LinkTo,

    /// <summary>The service account of a link or unlink.</summary>
    ServiceAccount,

    /// <summary>The secrets of a link or unlink.</summary>
    Secrets,

    /// <summary>Which service-account lists a link touches.</summary>
    For,

    /// <summary>The secret type.</summary>
    Type,

    /// <summary>Take over or replace a secret pullsecret did not create.</summary>
    Overwrite,

    /// <summary>The kubeconfig file.</summary>
    Kubeconfig,

    /// <summary>The kubeconfig context.</summary>
    KubeContext,

    /// <summary>The dry-run mode.</summary>
    DryRun,

    /// <summary>The time budget.</summary>
    Timeout,

    /// <summary>Not a setting: the front end's way to list what the login output holds.</summary>
    Inspect,

    /// <summary>Check each credential against its registry before writing.</summary>
    Verify,

    /// <summary>Add an entry for each registry's token host on another host.</summary>
    DelegatedAuth,

    /// <summary>The image whose pull access the check proves.</summary>
    Image,

    /// <summary>Registries reached without TLS verification or over plain HTTP, besides loopback.</summary>
    InsecureRegistries,
}
