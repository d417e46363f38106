using System.Text;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Core.Tests.Secrets;

/// <summary>Go encoding/json string escaping (encoding/json encodeState.string, as kubectl marshals).</summary>
public sealed class GoJsonTests
{
    private static string Write(string value)
    {
        var sb = new StringBuilder();
        GoJson.WriteString(sb, value);
        return sb.ToString();
    }

    [Theory]
    [InlineData("<", "\"\\u003c\"")]
    [InlineData(">", "\"\\u003e\"")]
    [InlineData("&", "\"\\u0026\"")]
    [InlineData("\u2028", "\"\\u2028\"")]
    [InlineData("\u2029", "\"\\u2029\"")]
    [InlineData("a<b>&c", "\"a\\u003cb\\u003e\\u0026c\"")]
    public void EscapesHtmlCharactersAndLineSeparatorsAsGoDoes(string value, string json)
    {
        // arrange / act
        var written = Write(value);

        // assert
        Assert.Equal(json, written);
    }

    [Theory]
    [InlineData("\"", "\"\\\"\"")]
    [InlineData("\\", "\"\\\\\"")]
    [InlineData("\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"")]
    [InlineData("\u0000\u0001\u001f", "\"\\u0000\\u0001\\u001f\"")]
    public void EscapesQuotesBackslashesAndControlCharacters(string value, string json)
    {
        // arrange / act
        var written = Write(value);

        // assert
        Assert.Equal(json, written);
    }

    [Theory]
    [InlineData("a+b/c=d'e")]
    [InlineData("\u007f")]
    [InlineData("pässwörd")]
    [InlineData("密码")]
    [InlineData("🔑")]
    public void WritesEverythingElseRaw(string value)
    {
        // arrange / act
        var written = Write(value);

        // assert
        Assert.Equal("\"" + value + "\"", written);
    }

    [Fact]
    public void WritesNonAsciiAsRawUtf8Bytes()
    {
        // arrange
        var written = Write("ü🔑");

        // act
        var bytes = Encoding.UTF8.GetBytes(written);

        // assert
        Assert.Equal([(byte)'"', 0xC3, 0xBC, 0xF0, 0x9F, 0x94, 0x91, (byte)'"'], bytes);
    }
}
