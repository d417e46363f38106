namespace PullSecretTasks.Requests;

/// <summary>List what docker login output holds, per registry, without secrets.</summary>
public sealed record InspectRequest
{
    /// <summary>A config.json / auth.json path, or a folder holding config.json; null for the search order.</summary>
    public string? DockerConfig { get; init; }

    /// <summary>Registries to report; empty for every one found.</summary>
    public IReadOnlyList<string> Registries { get; init; } = [];
}
