using System.Text;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed class AuthFileParserTests
{
    private readonly RecordingLog log = new();

    private AuthFile Parse(string json, AuthFileFormat format = AuthFileFormat.Modern) =>
        AuthFileParser.Parse("/x/config.json", Encoding.UTF8.GetBytes(json), format, log);

    [Fact]
    public void KeepsOnlyAuthsCredsStoreAndCredHelpers()
    {
        // arrange / act
        var file = Parse("""
            {"auths":{"r.example.com":{"auth":"YTpi","email":"e@x","identitytoken":"i","registrytoken":"t","username":"u","password":"p","serveraddress":"s"}},
             "credsStore":"desktop","credHelpers":{"gcr.io":"gcloud","empty.io":""},
             "HttpHeaders":{"User-Agent":"x"},"psFormat":"{{.ID}}","proxies":{"default":{"httpProxy":"p"}},"unknown":[1,2,{}]}
            """);

        // assert
        Assert.Equal(new AuthEntry("r.example.com", "YTpi", "u", "p", "i", "t", "e@x"), Assert.Single(file.Auths));
        Assert.Equal("desktop", file.CredsStore);
        Assert.Equal([KeyValuePair.Create("gcr.io", "gcloud")], file.CredHelpers);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void MatchesPropertyNamesCaseInsensitivelyWithTheLastOneWinning()
    {
        // arrange / act
        var file = Parse("""{"AUTHS":{"r":{"Auth":"YTpi","EMAIL":"e"}},"credsStore":"x","CredsStore":"desktop"}""");

        // assert
        Assert.Equal(("YTpi", "e"), (Assert.Single(file.Auths).Auth, file.Auths[0].Email));
        Assert.Equal("desktop", file.CredsStore);
    }

    [Fact]
    public void LetsTheLastDuplicateKeyWinAndWarns()
    {
        // arrange / act
        var file = Parse("""{"auths":{"r":{"auth":"first"},"q":{},"r":{"auth":"second"}},"credsStore":"a","credsStore":"b"}""");

        // assert
        Assert.Equal(["q", "r"], file.Auths.Select(a => a.Key));
        Assert.Equal("second", file.Auths[1].Auth);
        Assert.Equal("b", file.CredsStore);
        Assert.Equal(2, log.Warnings.Count(w => w.Code == ErrorCodes.DuplicateKey));
        Assert.All(log.Warnings, w => Assert.DoesNotContain("second", w.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTheLegacyFlatMap()
    {
        // arrange / act
        var file = Parse("""{"https://index.docker.io/v1/":{"auth":"YTpi","email":"e"}}""", AuthFileFormat.Legacy);

        // assert
        Assert.Equal(new AuthEntry("https://index.docker.io/v1/", "YTpi", null, null, null, null, "e"), Assert.Single(file.Auths));
    }

    [Fact]
    public void AcceptsNullsAndAnEmptyObject()
    {
        // arrange / act
        var empty = Parse("{}");
        var nulls = Parse("""{"auths":null,"credsStore":null,"credHelpers":null}""");
        var nullEntry = Parse("""{"auths":{"r":null}}""");

        // assert
        Assert.Empty(empty.Auths);
        Assert.Null(nulls.CredsStore);
        Assert.Equal(new AuthEntry("r", null, null, null, null, null, null), Assert.Single(nullEntry.Auths));
    }

    [Theory]
    [InlineData("""{"auths":{"r":{"auth":"c2VjcmV0LWNhbmFyeQ=="}""")]
    [InlineData("""{"auths":{"r":{"auth":"c2VjcmV0LWNhbmFyeQ=="}},}""")]
    [InlineData("""[{"auth":"c2VjcmV0LWNhbmFyeQ=="}]""")]
    [InlineData("""{"auths":"c2VjcmV0LWNhbmFyeQ=="}""")]
    [InlineData("""{"auths":{"r":"c2VjcmV0LWNhbmFyeQ=="}}""")]
    [InlineData("""{"auths":{"r":{"auth":["c2VjcmV0LWNhbmFyeQ=="]}}}""")]
    [InlineData("""{"credsStore":{"c2VjcmV0LWNhbmFyeQ==":1}}""")]
    [InlineData("")]
    public void RejectsInvalidFilesNamingTheFileButNotTheContent(string json)
    {
        // arrange / act
        var ex = Assert.Throws<PullSecretException>(() => Parse(json));

        // assert
        Assert.Equal(ErrorCodes.AuthFileInvalid, ex.Code);
        Assert.Contains("/x/config.json", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.InnerException);
    }

    [Theory]
    [InlineData(new byte[] { 0xff, 0xfe })]
    [InlineData(new byte[] { 0xc3 })]
    [InlineData(new byte[] { 0xed, 0xa0, 0x80 })]
    public void RejectsAStringHoldingInvalidUtf8WithPsec1002NotABug(byte[] bad)
    {
        // arrange: valid JSON structure, invalid bytes inside the auth string
        var head = Encoding.UTF8.GetBytes("""{"auths":{"r":{"auth":"YTpi""");
        var tail = Encoding.UTF8.GetBytes("\"}}}");
        var content = head.Concat(bad).Concat(tail).ToArray();

        // act
        var ex = Assert.Throws<PullSecretException>(() => AuthFileParser.Parse("/x/config.json", content, AuthFileFormat.Modern, log));

        // assert
        Assert.Equal(ErrorCodes.AuthFileInvalid, ex.Code);
        Assert.Contains("/x/config.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"auths":{"r":{"auth":"YTpi\ud800"}}}""")]
    [InlineData("""{"auths":{"\udc00":{"auth":"YTpi"}}}""")]
    [InlineData("""{"credsStore":"x\ud800y"}""")]
    public void RejectsAnUnpairedSurrogateEscapeWithPsec1002NotABug(string json)
    {
        // arrange / act
        var ex = Assert.Throws<PullSecretException>(() => Parse(json));

        // assert
        Assert.Equal(ErrorCodes.AuthFileInvalid, ex.Code);
        Assert.Contains("unpaired", ex.Message, StringComparison.Ordinal);
    }
}
