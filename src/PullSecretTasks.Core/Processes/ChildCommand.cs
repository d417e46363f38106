namespace PullSecretTasks.Processes;

/// <summary>A program the core runs (a credential helper, an exec credential plugin): never through a shell.</summary>
/// <param name="Program">The executable's full path.</param>
/// <param name="Arguments">Its arguments.</param>
/// <param name="Environment">Its whole environment.</param>
/// <param name="StandardInput">What to write to its stdin, which is then closed; null for an empty stdin.</param>
/// <param name="Timeout">How long it may run before it and its process group are killed.</param>
internal sealed record ChildCommand(
    string Program, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string> Environment, string? StandardInput, TimeSpan Timeout)
{
    /// <summary>The most stdout kept; a child that prints more is killed (1 MiB: a JSON answer is a few hundred bytes).</summary>
    public int MaxOutput { get; init; } = 1 << 20;
}
