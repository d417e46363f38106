using System.Text;
using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

/// <summary>Which auths key a lookup picks (docs/credentials.md, "Choosing an entry").</summary>
public sealed class EntryMatcherTests
{
    private static AuthFile File(string json, AuthFileFormat format = AuthFileFormat.Modern) =>
        AuthFileParser.Parse("/x/auth.json", Encoding.UTF8.GetBytes(json), format, new RecordingLog());

    private static string? Find(string json, string lookup, AuthFileFormat format = AuthFileFormat.Modern) =>
        EntryMatcher.Find(File(json, format), RegistryName.TryParse(lookup)!, lookup)?.Key;

    [Theory]
    [InlineData("https://index.docker.io/v1/")] // C1
    [InlineData("docker.io")] // C2
    [InlineData("registry-1.docker.io")] // C3
    [InlineData("index.docker.io")]
    [InlineData("https://index.docker.io/v1")]
    public void FindsDockerHubUnderEachOfItsKeys_C1_C2_C3(string key)
    {
        // arrange
        var json = $$$$"""{"auths":{"{{{{key}}}}":{"auth":"ZG9ja2VyOmlv"}}}""";

        // act
        var found = Find(json, "docker.io");

        // assert
        Assert.Equal(key, found);
    }

    [Fact]
    public void PrefersTheExactKeyOverANormalisedOne_C4()
    {
        // arrange: c/image full.json
        const string json = """
            {"auths":{"example.org":{"auth":"ZXhhbXBsZTpvcmc="},"index.docker.io":{"auth":"aW5kZXg6ZG9ja2VyLmlv"},
             "docker.io":{"auth":"ZG9ja2VyOmlv"},"localhost":{"auth":"bG9jYWw6aG9zdA=="},"localhost:5000":{"auth":"bG9jYWw6aG9zdC01MDAw"}}}
            """;

        // act / assert
        Assert.Equal("docker.io", Find(json, "docker.io"));
        Assert.Equal("localhost:5000", Find(json, "localhost:5000"));
        Assert.Equal("localhost", Find(json, "localhost"));
    }

    [Fact]
    public void PrefersTheDockerLoginKeyForDockerHubWhenSeveralExist()
    {
        // arrange
        const string json = """{"auths":{"registry-1.docker.io":{},"index.docker.io":{},"https://index.docker.io/v1/":{}}}""";

        // act / assert
        Assert.Equal("https://index.docker.io/v1/", Find(json, "docker.io"));
        Assert.Equal("registry-1.docker.io", Find(json, "registry-1.docker.io"));
    }

    [Fact]
    public void MatchesAUrlKeyWithPortAndApiPath_C5_C6()
    {
        // arrange
        const string json = """{"auths":{"https://registry.example.com:5000/v2/":{"auth":"dXNlcjpwYXNz"}}}""";

        // act / assert
        Assert.Equal("https://registry.example.com:5000/v2/", Find(json, "registry.example.com:5000"));
        Assert.Null(Find(json, "registry.example.com"));
    }

    [Fact]
    public void PicksTheLongestNamespacePrefix_C7()
    {
        // arrange: c/image refpath.json
        const string json = """{"auths":{"docker.io/vendor":{"auth":"Zmlyc3Q6bGV2ZWw="},"docker.io":{"auth":"dG9wOmxldmVs"}}}""";

        // act / assert
        Assert.Equal("docker.io/vendor", Find(json, "docker.io/vendor/product"));
        Assert.Equal("docker.io", Find(json, "docker.io/other-vendor/x"));
    }

    [Fact]
    public void MatchesNamespacesByWholePathSegments_C8()
    {
        // arrange
        const string json = """{"auths":{"quay.io/org":{"auth":"QTpB"},"quay.io":{"auth":"QjpC"}}}""";

        // act / assert
        Assert.Equal("quay.io/org", Find(json, "quay.io/org/app"));
        Assert.Equal("quay.io/org", Find(json, "quay.io/org"));
        Assert.Equal("quay.io", Find(json, "quay.io/other/app"));
        Assert.Equal("quay.io", Find(json, "quay.io/organization/app"));
        Assert.Equal("quay.io", Find(json, "quay.io"));
    }

    [Theory]
    [InlineData("""{"auths":{"https://r.example.com":{},"http://r.example.com/v1/":{}}}""")]
    [InlineData("""{"auths":{"http://r.example.com/v1/":{},"https://r.example.com":{}}}""")]
    public void PrefersHttpsOverHttpKeysWhateverTheFileOrder_C9(string json)
    {
        // arrange / act
        var found = Find(json, "r.example.com");

        // assert
        Assert.Equal("https://r.example.com", found);
    }

    [Fact]
    public void PrefersTheExactKeyThenHttpsThenHttpThenTheRest()
    {
        // arrange
        const string normalised = """{"auths":{"R.example.com/":{},"http://r.example.com":{},"https://r.example.com/v2/":{}}}""";
        const string json = """{"auths":{"R.example.com/":{},"http://r.example.com":{},"https://r.example.com/v2/":{},"r.example.com":{}}}""";

        // act / assert
        Assert.Equal("r.example.com", Find(json, "r.example.com"));
        Assert.Equal("r.example.com", Find(json, "R.EXAMPLE.COM"));
        Assert.Equal("https://r.example.com/v2/", Find(normalised, "r.example.com"));
        Assert.Equal("http://r.example.com", Find(normalised.Replace("\"https://r.example.com/v2/\":{}", "\"x\":{}", StringComparison.Ordinal), "r.example.com"));
    }

    [Fact]
    public void ReadsLegacyKeysByHostOnly()
    {
        // arrange
        const string json = """{"quay.io/org":{"auth":"QTpB"}}""";

        // act / assert
        Assert.Equal("quay.io/org", Find(json, "quay.io", AuthFileFormat.Legacy));
    }

    [Fact]
    public void FindsTheCredHelperForAHostUnderAnyOfItsKeys()
    {
        // arrange
        var file = File("""{"credHelpers":{"https://index.docker.io/v1/":"desktop","https://gcr.io":"gcloud","quay.io":"quay"}}""");

        // act / assert
        Assert.Equal("desktop", EntryMatcher.FindHelper(file, RegistryName.TryParse("registry-1.docker.io")!));
        Assert.Equal("gcloud", EntryMatcher.FindHelper(file, RegistryName.TryParse("gcr.io")!));
        Assert.Equal("quay", EntryMatcher.FindHelper(file, RegistryName.TryParse("quay.io/org/app")!));
        Assert.Null(EntryMatcher.FindHelper(file, RegistryName.TryParse("ghcr.io")!));
    }
}
