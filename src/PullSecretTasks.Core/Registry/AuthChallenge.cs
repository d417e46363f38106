namespace PullSecretTasks.Registry;

/// <summary>
/// One challenge of a <c>WWW-Authenticate</c> answer: its scheme and parameters (RFC 7235 §4.1 and §2.1: one header
/// may carry several challenges and a reply several headers; values are tokens or quoted strings, which may hold
/// commas and backslash escapes). A registry names its token server this way (distribution/distribution
/// docs/content/spec/auth/token.md): <c>Bearer realm="https://auth.host/token",service="registry"</c>.
/// </summary>
internal sealed record AuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>Whether the scheme is <paramref name="scheme"/> (schemes are case-insensitive, RFC 7235 §2.1).</summary>
    public bool Is(string scheme) => string.Equals(Scheme, scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>A parameter by its case-insensitive name, or null.</summary>
    public string? this[string name] => Parameters.TryGetValue(name, out var value) ? value : null;

    /// <summary>Every challenge in the headers, in order; malformed parts are skipped, never thrown on.</summary>
    public static IReadOnlyList<AuthChallenge> Parse(IEnumerable<string> headers)
    {
        var result = new List<AuthChallenge>();
        foreach (var header in headers)
        {
            new Reader(header ?? "").ReadAll(result);
        }
        return result;
    }

    /// <summary>Every challenge in one header value.</summary>
    public static IReadOnlyList<AuthChallenge> Parse(string header) => Parse([header]);

    private sealed class Reader(string text)
    {
        private int at;

        public void ReadAll(List<AuthChallenge> into)
        {
            while (at < text.Length)
            {
                SkipSeparators();
                var scheme = Token();
                if (scheme.Length == 0)
                {
                    at++; // not a token character where a scheme must start: skip it
                    continue;
                }
                into.Add(new AuthChallenge(scheme, Parameters()));
            }
        }

        // auth-param *( OWS "," OWS auth-param ), or a token68; stops where the next challenge's scheme starts.
        private Dictionary<string, string> Parameters()
        {
            var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var first = true;
            while (true)
            {
                var start = at;
                SkipSeparators();
                var name = Token();
                SkipSpaces();
                if (name.Length == 0 || Peek() != '=' || (first && IsToken68Tail()))
                {
                    if (first && name.Length > 0 && start < text.Length && text[start] == ' ')
                    {
                        parameters.TryAdd("", name + Token68Padding()); // token68 (RFC 7235 §2.1), e.g. Negotiate data
                        first = false;
                        continue;
                    }
                    at = start;
                    return parameters;
                }
                at++; // '='
                SkipSpaces();
                var value = Peek() == '"' ? Quoted() : Bare();
                parameters.TryAdd(name, value);
                first = false;
            }
        }

        // "abc==" is a token68, not a parameter named abc with an empty value: only '=' characters up to the end or
        // a comma follow.
        private bool IsToken68Tail()
        {
            var i = at;
            while (i < text.Length && text[i] == '=')
            {
                i++;
            }
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            return i == text.Length || text[i] == ',';
        }

        private string Token68Padding()
        {
            var start = at;
            while (Peek() == '=')
            {
                at++;
            }
            return text[start..at];
        }

        private string Quoted()
        {
            at++; // opening quote
            var value = new System.Text.StringBuilder();
            while (at < text.Length && text[at] != '"')
            {
                if (text[at] == '\\' && at + 1 < text.Length)
                {
                    at++;
                }
                value.Append(text[at++]);
            }
            at = Math.Min(at + 1, text.Length); // the closing quote, when there is one
            return value.ToString();
        }

        private string Token()
        {
            var start = at;
            while (at < text.Length && IsTokenChar(text[at]))
            {
                at++;
            }
            return text[start..at];
        }

        // An unquoted value up to the next comma or space: strictly a token, but registries have been seen sending
        // realm=https://... unquoted, and reading it whole costs nothing.
        private string Bare()
        {
            var start = at;
            while (at < text.Length && text[at] is not (',' or ' ' or '\t'))
            {
                at++;
            }
            return text[start..at];
        }

        private char Peek() => at < text.Length ? text[at] : '\0';

        private void SkipSpaces()
        {
            while (Peek() is ' ' or '\t')
            {
                at++;
            }
        }

        private void SkipSeparators()
        {
            while (Peek() is ' ' or '\t' or ',')
            {
                at++;
            }
        }

        // tchar (RFC 9110 §5.6.2), plus '/' so a token68 such as base64 data reads as one token.
        private static bool IsTokenChar(char c) =>
            char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~/".Contains(c, StringComparison.Ordinal);
    }
}
