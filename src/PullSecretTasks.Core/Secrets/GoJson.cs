using System.Globalization;
using System.Text;

namespace PullSecretTasks.Secrets;

/// <summary>
/// Writes JSON strings byte for byte as Go's encoding/json does, so our secrets equal kubectl's
/// (kubectl pkg/cmd/create/create_secret_docker.go marshals with encoding/json): &lt; &gt; &amp; U+2028 U+2029 escaped as \u00XX / \u20XX; \b \f \n \r \t short
/// (Go 1.22+); other control characters as \u00XX; everything else raw UTF-8. System.Text.Json's encoders
/// escape more (e.g. + as \u002B) and so cannot be used here.
/// </summary>
public static class GoJson
{
    /// <summary>Appends <paramref name="value"/> as a quoted, Go-escaped JSON string.</summary>
    public static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}
