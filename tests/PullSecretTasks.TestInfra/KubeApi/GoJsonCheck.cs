using System.Globalization;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>
/// What Go's json.Unmarshal(data, &amp;map[string]interface{}) says about a document (encoding/json scanner.go
/// and decode.go): null if it succeeds, else Go's error text. Used for the dockercfg JSON-object check.
/// </summary>
internal static class GoJsonCheck
{
    public static string? UnmarshalIntoMapError(byte[] data)
    {
        var pos = 0;
        var syntax = Value(data, ref pos, out var firstKind);
        if (syntax is null)
        {
            SkipSpace(data, ref pos);
            if (pos < data.Length)
            {
                syntax = $"invalid character {QuoteChar(data[pos])} after top-level value";
            }
        }

        if (syntax is not null)
        {
            return syntax;
        }

        return firstKind is "object" or "null" ? null : $"json: cannot unmarshal {firstKind} into Go value of type map[string]interface {{}}";
    }

    private static string? Value(byte[] d, ref int p, out string kind)
    {
        kind = "";
        SkipSpace(d, ref p);
        if (p >= d.Length)
        {
            return "unexpected end of JSON input";
        }

        var c = d[p];
        switch (c)
        {
            case (byte)'{':
                kind = "object";
                return Object(d, ref p);
            case (byte)'[':
                kind = "array";
                return Array(d, ref p);
            case (byte)'"':
                kind = "string";
                return String(d, ref p);
            case (byte)'t':
                kind = "bool";
                return Literal(d, ref p, "true");
            case (byte)'f':
                kind = "bool";
                return Literal(d, ref p, "false");
            case (byte)'n':
                kind = "null";
                return Literal(d, ref p, "null");
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    kind = "number";
                    return Number(d, ref p);
                }

                return $"invalid character {QuoteChar(c)} looking for beginning of value";
        }
    }

    private static string? Object(byte[] d, ref int p)
    {
        p++;
        SkipSpace(d, ref p);
        if (p < d.Length && d[p] == '}')
        {
            p++;
            return null;
        }

        while (true)
        {
            SkipSpace(d, ref p);
            if (p >= d.Length)
            {
                return "unexpected end of JSON input";
            }

            if (d[p] != '"')
            {
                return $"invalid character {QuoteChar(d[p])} looking for beginning of object key string";
            }

            var err = String(d, ref p);
            if (err is not null)
            {
                return err;
            }

            SkipSpace(d, ref p);
            if (p >= d.Length)
            {
                return "unexpected end of JSON input";
            }

            if (d[p] != ':')
            {
                return $"invalid character {QuoteChar(d[p])} after object key";
            }

            p++;
            err = Value(d, ref p, out _);
            if (err is not null)
            {
                return err;
            }

            SkipSpace(d, ref p);
            if (p >= d.Length)
            {
                return "unexpected end of JSON input";
            }

            if (d[p] == '}')
            {
                p++;
                return null;
            }

            if (d[p] != ',')
            {
                return $"invalid character {QuoteChar(d[p])} after object key:value pair";
            }

            p++;
        }
    }

    private static string? Array(byte[] d, ref int p)
    {
        p++;
        SkipSpace(d, ref p);
        if (p < d.Length && d[p] == ']')
        {
            p++;
            return null;
        }

        while (true)
        {
            var err = Value(d, ref p, out _);
            if (err is not null)
            {
                return err;
            }

            SkipSpace(d, ref p);
            if (p >= d.Length)
            {
                return "unexpected end of JSON input";
            }

            if (d[p] == ']')
            {
                p++;
                return null;
            }

            if (d[p] != ',')
            {
                return $"invalid character {QuoteChar(d[p])} after array element";
            }

            p++;
        }
    }

    private static string? String(byte[] d, ref int p)
    {
        p++;
        while (p < d.Length)
        {
            var c = d[p++];
            if (c == '"')
            {
                return null;
            }

            if (c < 0x20)
            {
                return $"invalid character {QuoteChar(c)} in string literal";
            }

            if (c == '\\')
            {
                if (p >= d.Length)
                {
                    break;
                }

                var e = d[p++];
                if ("\"\\/bfnrtu".IndexOf((char)e, StringComparison.Ordinal) < 0)
                {
                    return $"invalid character {QuoteChar(e)} in string escape code";
                }
            }
        }

        return "unexpected end of JSON input";
    }

    private static string? Literal(byte[] d, ref int p, string literal)
    {
        for (var i = 0; i < literal.Length; i++, p++)
        {
            if (p >= d.Length)
            {
                return "unexpected end of JSON input";
            }

            if (d[p] != literal[i])
            {
                return $"invalid character {QuoteChar(d[p])} in literal {literal} (expecting {QuoteChar((byte)literal[i])})";
            }
        }

        return null;
    }

    private static string? Number(byte[] d, ref int p)
    {
        var start = p;
        while (p < d.Length && "+-.eE0123456789".IndexOf((char)d[p], StringComparison.Ordinal) >= 0)
        {
            p++;
        }

        var text = System.Text.Encoding.ASCII.GetString(d, start, p - start);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : "invalid character in numeric literal";
    }

    private static void SkipSpace(byte[] d, ref int p)
    {
        while (p < d.Length && d[p] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            p++;
        }
    }

    // encoding/json quoteChar.
    private static string QuoteChar(byte c) => c switch
    {
        (byte)'\'' => "'\\''",
        (byte)'"' => "'\"'",
        >= 0x20 and < 0x7f => $"'{(char)c}'",
        _ => $"'\\x{c:x2}'",
    };
}
