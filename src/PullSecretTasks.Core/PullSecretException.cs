using PullSecretTasks.Options;

namespace PullSecretTasks;

/// <summary>
/// An expected failure: a PSEC code, a message that names the file, registry, namespace or account involved and
/// says what to do next in words no front end owns, and the <see cref="Settings"/> that would fix it, which each
/// front end renders in its own terms (<see cref="Render(Func{Setting, string})"/>). Messages never contain credentials.
/// </summary>
public sealed class PullSecretException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The PSEC#### code.</param>
    /// <param name="message">The front-end-neutral message, one or more sentences ending with a period.</param>
    /// <param name="settings">What fixes it, in the order to suggest them.</param>
    public PullSecretException(string code, string message, params IReadOnlyList<Setting> settings)
        : this(code, message, null, settings)
    {
    }

    /// <summary>Creates the exception with the failure it explains.</summary>
    /// <param name="code">The PSEC#### code.</param>
    /// <param name="message">The front-end-neutral message.</param>
    /// <param name="inner">The underlying failure.</param>
    /// <param name="settings">What fixes it.</param>
    public PullSecretException(string code, string message, Exception? inner, params IReadOnlyList<Setting> settings)
        : base(message, inner)
    {
        Code = code;
        Settings = settings;
        HelpLink = ErrorCodes.HelpLink(code);
    }

    /// <summary>The PSEC#### code.</summary>
    public string Code { get; }

    /// <summary>The settings that fix the failure; empty when none does.</summary>
    public IReadOnlyList<Setting> Settings { get; }

    /// <summary>
    /// The message with the settings named by <paramref name="name"/> appended in parentheses, e.g.
    /// "… or raise the timeout (--timeout DURATION)." for the CLI.
    /// </summary>
    /// <param name="name">How the front end calls a setting.</param>
    public string Render(Func<Setting, string> name) => Render(Message, Settings, name);

    /// <summary>Any message (a warning's too) with <paramref name="settings"/> named by <paramref name="name"/> appended.</summary>
    /// <param name="message">The front-end-neutral message.</param>
    /// <param name="settings">What addresses it.</param>
    /// <param name="name">How the front end calls a setting.</param>
    public static string Render(string message, IReadOnlyList<Setting> settings, Func<Setting, string> name)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(name);
        if (settings.Count == 0)
        {
            return message;
        }
        var text = message.EndsWith('.') ? message[..^1] : message;
        return $"{text} ({string.Join("; ", settings.Distinct().Select(name))}).";
    }

    /// <summary>The same failure with more context in front, keeping code and settings.</summary>
    /// <param name="prefix">E.g. "In namespace ns1: secret/pull created; linking serviceaccount/builder failed: ".</param>
    public PullSecretException WithContext(string prefix) => new(Code, prefix + Message, this, Settings);
}
