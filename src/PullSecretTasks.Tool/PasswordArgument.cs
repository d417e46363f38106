namespace PullSecretTasks.Tool;

/// <summary>
/// Keeps passwords off the command line and out of usage errors. docker's <c>--password</c>/<c>-p</c> and kubectl's
/// <c>--docker-password</c> are refused in every spelling (attached as <c>-pX</c>, <c>-p:X</c>, <c>--password=X</c>;
/// any case; misspelt as <c>--passwd</c> or <c>--docker-pass</c>), and a value after
/// <c>--docker-password-stdin</c> too: each message names the flag only, never what follows it. A token the parser
/// does not recognise is shown only when it is an option name; a bare value is described, not printed.
/// </summary>
internal static class PasswordArgument
{
    private const string Stdin = "--docker-password-stdin";
    private const string Env = "--docker-password-env";
    private const string Instead = "a password on the command line ends up in shell history and process lists. Use --docker-password-stdin or --docker-password-env VAR.";

    /// <summary>The refusal to print for the first password-like argument, or null when there is none.</summary>
    public static string? Find(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                return null;
            }
            if (!arg.StartsWith('-'))
            {
                continue;
            }
            var name = Name(arg);
            if (name == Env)
            {
                continue;
            }
            if (name == Stdin)
            {
                var attached = arg.Length > name.Length;
                var next = i + 1 < args.Count && !args[i + 1].StartsWith('-');
                if (attached || next)
                {
                    return $"{Stdin} takes no value: the password comes from standard input, and a value here would be on the command line. Put the secret name before the options.";
                }
                continue;
            }
            if (LooksLikePassword(arg, name) is { } flag)
            {
                return $"{flag} is not accepted: {Instead}";
            }
        }
        return null;
    }

    /// <summary>A usage error with every unrecognised value replaced by a description, and option values cut off.</summary>
    public static string Redact(string message, IReadOnlyList<string> unmatched)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(unmatched);
        foreach (var token in unmatched.Where(t => t.Length > 0).OrderByDescending(t => t.Length))
        {
            var shown = !token.StartsWith('-') ? "(a value, not shown)"
                : LooksLikePassword(token, Name(token)) is not null ? "(a password-like option, not shown)"
                : Name(token).Length < token.Length ? $"'{Name(token)}' with a value (not shown)"
                : $"'{token}'";
            message = message.Replace($"'{token}'", shown, StringComparison.Ordinal);
        }
        return message;
    }

    // The option name without an attached value: --flag=value and --flag:value are both accepted by System.CommandLine.
    private static string Name(string arg)
    {
        var end = arg.IndexOfAny(['=', ':']);
        return end < 0 ? arg : arg[..end];
    }

    private static string? LooksLikePassword(string arg, string name)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            // docker login's -p, with or without an attached value (-pX, -p=X, -p:X); no option of ours starts with -p.
            return arg.StartsWith("-p", StringComparison.OrdinalIgnoreCase) ? "-p" : null;
        }
        var plain = name.TrimStart('-').Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        if (plain.StartsWith("docker", StringComparison.Ordinal))
        {
            plain = plain["docker".Length..];
        }
        return plain.StartsWith("pass", StringComparison.Ordinal) || plain.StartsWith("pw", StringComparison.Ordinal) ? name : null;
    }
}
