using PullSecretTasks.Registry;

namespace PullSecretTasks.Core.Tests.Registry;

public sealed class AuthChallengeTests
{
    [Fact]
    public void ABearerChallengeGivesRealmServiceAndScope()
    {
        // arrange
        const string header = "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/alpine:pull\"";

        // act
        var challenge = Assert.Single(AuthChallenge.Parse(header));

        // assert
        Assert.True(challenge.Is("bearer"));
        Assert.Equal("https://auth.docker.io/token", challenge["realm"]);
        Assert.Equal("registry.docker.io", challenge["Service"]);
        Assert.Equal("repository:library/alpine:pull", challenge["scope"]);
    }

    [Fact]
    public void SeveralChallengesInOneHeaderAreSplitWhereTheNextSchemeStarts()
    {
        // arrange: RFC 7235 §4.1's example, a comma inside a quoted value and an escaped quote.
        const string header = "Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\", please\", Basic realm=\"simple\"";

        // act
        var challenges = AuthChallenge.Parse(header);

        // assert
        Assert.Equal(["Newauth", "Basic"], challenges.Select(c => c.Scheme));
        Assert.Equal("Login to \"apps\", please", challenges[0]["title"]);
        Assert.Equal("1", challenges[0]["type"]);
        Assert.Equal("simple", challenges[1]["realm"]);
    }

    [Fact]
    public void ChallengesFromSeveralHeadersAreReadInOrder()
    {
        // arrange
        string[] headers = ["Basic realm=\"https://ACCT.dkr.ecr.us-east-1.amazonaws.com/\",service=\"ecr.amazonaws.com\"", "Bearer realm=\"https://r/token\""];

        // act
        var challenges = AuthChallenge.Parse(headers);

        // assert
        Assert.Equal(["Basic", "Bearer"], challenges.Select(c => c.Scheme));
        Assert.Equal("ecr.amazonaws.com", challenges[0]["service"]);
    }

    [Fact]
    public void TokenValuesSpacesAroundEqualsAndAToken68AreRead()
    {
        // arrange
        const string header = "Negotiate YIIB9wYGKwYBBQUCoIIB6zCC==, Bearer realm = https://r/token , error=insufficient_scope";

        // act
        var challenges = AuthChallenge.Parse(header);

        // assert
        Assert.Equal(["Negotiate", "Bearer"], challenges.Select(c => c.Scheme));
        Assert.Equal("YIIB9wYGKwYBBQUCoIIB6zCC==", challenges[0][""]);
        Assert.Equal("https://r/token", challenges[1]["realm"]);
        Assert.Equal("insufficient_scope", challenges[1]["error"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(",,, ,")]
    [InlineData("Bearer realm=\"unterminated")]
    [InlineData("=\"x\"")]
    [InlineData("Bearer ,,realm=\"x\",,")]
    public void MalformedHeadersNeverThrow(string header)
    {
        // act
        var challenges = AuthChallenge.Parse(header);

        // assert
        Assert.All(challenges, c => Assert.NotEmpty(c.Scheme));
    }

    [Fact]
    public void TheFirstOfTwoParametersWithOneNameWins()
    {
        // act
        var challenge = Assert.Single(AuthChallenge.Parse("Bearer realm=\"a\", REALM=\"b\""));

        // assert
        Assert.Equal("a", challenge["realm"]);
    }
}
