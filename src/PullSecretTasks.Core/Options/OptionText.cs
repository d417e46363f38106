using System.Globalization;
using System.Text.RegularExpressions;
using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Options;

/// <summary>
/// Text-to-value parsing for every front end that takes settings as text (the CLI, MSBuild metadata and task
/// parameters), so <c>--for pull,mount</c> and <c>For="pull;mount"</c> mean the same and fail the same way.
/// Empty text means the default. Bad text is PSEC0006 (type) or PSEC0007 (anything else), naming the setting.
/// </summary>
public static partial class OptionText
{
    private static readonly char[] Separators = [';', ','];

    /// <summary>Splits every value at ';' and ',', trims, drops empty entries and repeats, keeps the order.</summary>
    public static IReadOnlyList<string> List(IEnumerable<string?>? values) =>
        (values ?? []).SelectMany(v => (v ?? "").Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Splits one value at ';' and ','; see <see cref="List(IEnumerable{string?})"/>.</summary>
    public static IReadOnlyList<string> List(string? value) => List([value]);

    /// <summary><c>pull</c>, <c>mount</c> or both (any case, ',' or ';' between); empty is <see cref="LinkFor.None"/>, the verb's default.</summary>
    public static LinkFor For(string? text)
    {
        var result = LinkFor.None;
        foreach (var part in List(text))
        {
            // oc secrets link --for is case-insensitive (openshift/oc pkg/cli/secrets/link.go).
            result |= part.ToLowerInvariant() switch
            {
                "pull" => LinkFor.Pull,
                "mount" => LinkFor.Mount,
                _ => throw new PullSecretException(ErrorCodes.InvalidOption,
                    $"\"{text}\" does not say which service-account lists to link: use pull, mount, or both.", Setting.For),
            };
        }
        return result;
    }

    /// <summary>
    /// <c>none</c> (or empty, <c>false</c>), <c>client</c> (or <c>true</c>, which kubectl still accepts for client) or
    /// <c>server</c>, any case (kubectl cmdutil.GetDryRunStrategy).
    /// </summary>
    public static DryRunMode DryRun(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "none" or "false" => DryRunMode.None,
        "client" or "true" => DryRunMode.Client,
        "server" => DryRunMode.Server,
        _ => throw new PullSecretException(ErrorCodes.InvalidOption,
            $"\"{text}\" is not a dry-run mode: use none, client or server.", Setting.DryRun),
    };

    /// <summary>The secret type for a user's spelling (see <see cref="SecretTypes.Normalize"/>); empty is the default.</summary>
    public static string Type(string? text) => SecretTypes.Normalize(text)
        ?? throw new PullSecretException(ErrorCodes.InvalidSecretType,
            $"Secret type \"{text}\" is not supported: use {string.Join(", ", SecretTypes.All)}.", Setting.Type);

    /// <summary>
    /// A time budget as kubectl writes durations ("30s", "2m", "1m30s", "500ms"; a bare number is seconds); empty is
    /// null (the default). Zero, negative and unrepresentable values are refused.
    /// </summary>
    public static TimeSpan? Duration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var value = TryDuration(text.Trim());
        return value is { } v && v > TimeSpan.Zero
            ? v
            : throw new PullSecretException(ErrorCodes.InvalidOption,
                $"\"{text}\" is not a positive duration: write it like 30s, 2m or 1m30s.", Setting.Timeout);
    }

    private static TimeSpan? TryDuration(string text)
    {
        try
        {
            if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }
            var matches = DurationPart().Matches(text);
            if (matches.Count == 0 || string.Concat(matches.Select(m => m.Value)) != text)
            {
                return null;
            }
            var total = TimeSpan.Zero;
            foreach (Match m in matches)
            {
                var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                total += m.Groups[2].Value switch
                {
                    "h" => TimeSpan.FromHours(value),
                    "m" => TimeSpan.FromMinutes(value),
                    "s" => TimeSpan.FromSeconds(value),
                    _ => TimeSpan.FromMilliseconds(value),
                };
            }
            return total;
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException)
        {
            // "1e12", "9999999999h" do not fit a TimeSpan: a usage error, not a stack trace.
            return null;
        }
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)(ms|h|m|s)")]
    private static partial Regex DurationPart();
}
