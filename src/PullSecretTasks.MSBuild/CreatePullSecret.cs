using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PullSecretTasks.Options;
using PullSecretTasks.Protocol;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;

namespace PullSecretTasks.MSBuild;

/// <summary>
/// Creates or updates a pull secret from docker/podman/skopeo login output in each namespace, and links it to service
/// accounts. Only names go in and out: the credentials are read from the login output by the task itself.
/// </summary>
public sealed class CreatePullSecret : PullSecretClusterTask
{
    /// <summary>Secret name. Ex: <c>app-pull</c></summary>
    [Required] public string Name { get; set; } = "";

    /// <summary>Registries to copy from the login output (';' or ',' between). Ex: <c>ghcr.io;quay.io</c></summary>
    public string[] Registries { get; set; } = [];

    /// <summary>
    /// The registry the SDK pushes to (the targets pass <c>$(ContainerRegistry)</c>). When the SDK's push credential
    /// variables are set (DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/_PWORD, ...), they are its credential, as the SDK uses them.
    /// </summary>
    public string? ContainerRegistry { get; set; }

    /// <summary>Copy every usable registry instead of a list.</summary>
    public bool AllRegistries { get; set; }

    /// <summary>Namespaces; empty means the kubeconfig context's, else <c>default</c>. Ex: <c>apps</c></summary>
    public string[] Namespaces { get; set; } = [];

    /// <summary>config.json / auth.json, or a folder holding config.json; empty for the docker, podman, skopeo search order.</summary>
    public string? DockerConfig { get; set; }

    /// <summary>Secret type; empty for <c>kubernetes.io/dockerconfigjson</c>. Ex: <c>kubernetes.io/dockercfg</c></summary>
    public string? Type { get; set; }

    /// <summary>Service accounts to link the secret to. Ex: <c>builder;default</c></summary>
    public string[] LinkTo { get; set; } = [];

    /// <summary>Which lists a link touches; empty for pull and mount. Ex: <c>pull</c></summary>
    public string? For { get; set; }

    /// <summary>Take over a secret of that name that pullsecret did not create, or replace one of another type.</summary>
    public bool Overwrite { get; set; }

    /// <summary>Check each credential against its registry (as docker login does) before anything is written.</summary>
    public bool Verify { get; set; }

    /// <summary>Add an entry for each registry's token host on another host (registry.connect.redhat.com to sso.redhat.com).</summary>
    public bool DelegatedAuth { get; set; }

    /// <summary>With Verify, an image whose pull access to prove (the targets pass the image being published). Ex: <c>ghcr.io/org/app</c></summary>
    public string? Image { get; set; }

    /// <summary>Registries to reach without TLS verification or over HTTP, besides loopback and DOTNET_CONTAINER_INSECURE_REGISTRIES.</summary>
    public string[] InsecureRegistries { get; set; } = [];

    /// <summary>One item per namespace written: the secret name, with metadata Namespace, Type, Action
    /// (Created, Configured, Unchanged, Replaced), DryRun, Registries and LinkedTo. Never secret data.</summary>
    [Output] public ITaskItem[] Secrets { get; private set; } = [];

    /// <summary>The native tool to run regardless of platform and package layout (tests of that path).</summary>
    internal string? NativeToolPath { get; set; }

    /// <inheritdoc />
    protected override void Run()
    {
        var request = new CreateRequest
        {
            Name = Name.Trim(),
            Registries = OptionText.List(Registries),
            AllRegistries = AllRegistries,
            Namespaces = OptionText.List(Namespaces),
            DockerConfig = string.IsNullOrWhiteSpace(DockerConfig) ? null : DockerConfig,
            ContainerRegistry = string.IsNullOrWhiteSpace(ContainerRegistry) ? null : ContainerRegistry,
            Type = Type,
            LinkTo = OptionText.List(LinkTo),
            For = OptionText.For(For),
            Overwrite = Overwrite,
            Verify = Verify,
            DelegatedAuth = DelegatedAuth,
            Image = Image,
            InsecureRegistries = OptionText.List(InsecureRegistries),
            DryRun = DryRunMode,
            Kubeconfig = KubeconfigPath,
            Context = ContextName,
            Timeout = TimeoutSpan,
        };
        if ((NativeToolPath ?? NativeTool.Find()) is { } tool && RunNative(tool, request))
        {
            return;
        }
        var result = PullSecretRunner.CreateAsync(request, Context, CancellationToken).GetAwaiter().GetResult();
        var lines = SecretLine.From(result, request.DryRun);
        Secrets = [.. lines.Select(Item)];
        lines.SelectMany(l => l.Lines).ToList().ForEach(LogOutcome);
        LogFailures(result.Failures);
    }

    // The Secrets output item of one secret written, whichever ran the core.
    private static TaskItem Item(SecretLine s) => new(s.Name, new Dictionary<string, string>
    {
        ["Namespace"] = s.Namespace,
        ["Type"] = s.Type,
        ["Action"] = s.Action,
        ["DryRun"] = s.DryRun ? "true" : "false",
        ["Registries"] = string.Join(';', s.Registries),
        ["LinkedTo"] = string.Join(';', s.LinkedTo),
    });

    // The same work by the native tool (NativeTool): its events become this task's log, errors and outputs.
    private bool RunNative(string tool, CreateRequest request)
    {
        Log.LogMessage(MessageImportance.Low, "PullSecretTasks: running {0}", tool);
        var log = new TaskLog(Log);
        var secrets = new List<ITaskItem>();
        var errors = 0;
        var ran = NativeTool.Run(tool, NativeTool.CreateArguments(request), e =>
        {
            switch (e.Kind)
            {
                case "verbose":
                    log.Verbose(e.Message ?? "");
                    break;
                case "info":
                    log.Info(e.Message ?? "");
                    break;
                case "warning":
                    log.Warn(e.Code ?? "", e.Message ?? "", e.Settings ?? []);
                    break;
                case "error":
                    errors++;
                    LogError(new PullSecretException(e.Code ?? ErrorCodes.Unexpected, e.Message ?? "", e.Settings ?? []));
                    break;
                case "secret" when e.Secret is { } s:
                    secrets.Add(Item(s));
                    s.Lines.ToList().ForEach(LogOutcome);
                    break;
            }
        }, CancellationToken);
        if (ran is not var (exit, stderr))
        {
            Log.LogMessage(MessageImportance.Low, "PullSecretTasks: {0} cannot run here; running in-process.", tool);
            return false;
        }
        Secrets = [.. secrets];
        if (exit != 0 && errors == 0)
        {
            // Only a usage error is printed rather than sent as an event; it names options of ours, never a value.
            LogError(new PullSecretException(ErrorCodes.Unexpected, $"{Path.GetFileName(tool)} exited with code {exit}: {stderr.Trim()} Please report it."));
        }
        return true;
    }
}
