using PullSecretTasks.Docker;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;

namespace PullSecretTasks;

/// <summary>What a front end hands the core besides the request: its log, environment and stdin.</summary>
public sealed class RunnerContext
{
    /// <summary>Where messages go.</summary>
    public ILog Log { get; init; } = NullLog.Instance;

    /// <summary>The environment to read and to hand to credential helpers.</summary>
    public RunnerEnvironment Environment { get; init; } = RunnerEnvironment.FromProcess();

    /// <summary>Standard input, for --docker-password-stdin; null when there is none.</summary>
    public TextReader? StandardInput { get; init; }

    /// <summary>How long one credential helper call may take.</summary>
    public TimeSpan HelperTimeout { get; init; } = Defaults.HelperTimeout;

    /// <summary>
    /// The process runs nothing but this one request (the CLI), so the core may change process-wide settings that pay:
    /// when the kubeconfig names its CA, the system trust store is never loaded. Never set it inside MSBuild or Cake.
    /// </summary>
    public bool ExclusiveProcess { get; init; }

    /// <summary>Replaces the credential helper runner (tests).</summary>
    internal ICredentialHelper? CredentialHelper { get; init; }

    internal CredentialResolver CreateResolver(string? dockerConfig, string? containerRegistry, RunDeadline? deadline = null) =>
        new(dockerConfig, Environment, Log, CredentialHelper ?? new CredentialHelperProcess(Environment, HelperTimeout, deadline), containerRegistry);
}
