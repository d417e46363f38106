using System.Globalization;
using Cake.Core.Diagnostics;

namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>Keeps every line written, with its verbosity and level (Cake.Testing's FakeLog is not on the feed).</summary>
public sealed class FakeCakeLog : ICakeLog
{
    private readonly List<Entry> entries = [];

    /// <summary>One written line.</summary>
    public sealed record Entry(Verbosity Verbosity, LogLevel Level, string Message);

    /// <inheritdoc />
    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    /// <summary>Every line, in order.</summary>
    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    /// <summary>All lines joined, for leak checks.</summary>
    public string Text => string.Join("\n", Entries.Select(e => e.Message));

    /// <summary>The lines of one level.</summary>
    public IEnumerable<string> At(LogLevel level) => Entries.Where(e => e.Level == level).Select(e => e.Message);

    /// <inheritdoc />
    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        var message = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        lock (entries)
        {
            entries.Add(new Entry(verbosity, level, message));
        }
    }
}
