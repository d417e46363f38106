using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;

namespace PullSecretTasks.MSBuild;

/// <summary>
/// Reports, per registry, where docker/podman/skopeo login output keeps its credential and whether a pull secret can be
/// built from it. Never reads out a password or token.
/// </summary>
public sealed class ReadDockerLogin : PullSecretTask
{
    /// <summary>config.json / auth.json, or a folder holding config.json; empty for the search order.</summary>
    public string? DockerConfig { get; set; }

    /// <summary>Registries to report; empty for every one found. Ex: <c>ghcr.io</c></summary>
    public string[] Registries { get; set; } = [];

    /// <summary>
    /// The registry the SDK pushes to (the targets pass <c>$(ContainerRegistry)</c>). When the SDK's push credential
    /// variables are set (DOTNET_CONTAINER_PUSH_REGISTRY_UNAME/_PWORD, ...), they are its credential, as the SDK uses them.
    /// </summary>
    public string? ContainerRegistry { get; set; }

    /// <summary>Fail the task when a registry asked for is not usable (the default only warns).</summary>
    public bool FailIfUnusable { get; set; }

    /// <summary>One item per registry (the normalised name), with metadata Key, Source, UserName, Usable
    /// (true/false), ErrorCode and Problem. Never a secret.</summary>
    [Output] public ITaskItem[] Logins { get; private set; } = [];

    /// <inheritdoc />
    protected override void Run()
    {
        var request = new InspectRequest
        {
            DockerConfig = string.IsNullOrWhiteSpace(DockerConfig) ? null : DockerConfig,
            Registries = OptionText.List(Registries),
            ContainerRegistry = string.IsNullOrWhiteSpace(ContainerRegistry) ? null : ContainerRegistry,
        };
        var reports = PullSecretRunner.Inspect(request, Context, CancellationToken);
        Logins = reports.Select(r => (ITaskItem)new TaskItem(r.Registry, new Dictionary<string, string>
        {
            ["Key"] = r.Key,
            ["Source"] = r.Source,
            ["UserName"] = r.UserName ?? "",
            ["Usable"] = r.Usable ? "true" : "false",
            ["ErrorCode"] = r.ErrorCode ?? "",
            ["Problem"] = r.Problem ?? "",
        })).ToArray();
        foreach (var r in reports.Where(r => !r.Usable && request.Registries.Count > 0))
        {
            var code = r.ErrorCode!;
            if (FailIfUnusable)
            {
                Log.LogError(null, code, null, ErrorCodes.HelpLink(code), null, 0, 0, 0, 0, "{0}: {1}", r.Registry, r.Problem);
            }
            else
            {
                Log.LogWarning(null, code, null, ErrorCodes.HelpLink(code), null, 0, 0, 0, 0, "{0}: {1}", r.Registry, r.Problem);
            }
        }
    }
}
