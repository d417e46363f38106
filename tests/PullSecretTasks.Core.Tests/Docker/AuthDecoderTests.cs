using PullSecretTasks.Docker;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed class AuthDecoderTests
{
    [Theory]
    [InlineData("dXNlcjpwYXNz", "user", "pass")] // A1
    [InlineData("Ym9iOnBAc3M6dzByZA==", "bob", "p@ss:w0rd")] // A2
    [InlineData("OnBhc3M=", "", "pass")] // A6: decoded; the empty user is refused later
    [InlineData("Zm9vOmJhcg", "foo", "bar")] // A7
    [InlineData("dXNlcjpwYXNzAAA=", "user", "pass")] // A9
    [InlineData("  Zm9vOmJhcg==\n", "foo", "bar")]
    [InlineData("dXNlcjo=", "user", "")]
    public void DecodesUserAndPassword(string auth, string user, string password)
    {
        // arrange / act
        var ok = AuthDecoder.TryDecode(auth, out var u, out var p);

        // assert
        Assert.True(ok);
        Assert.Equal((user, password), (u, p));
    }

    [Theory]
    [InlineData("cGFudHM=")] // A5
    [InlineData("pants")] // A8
    [InlineData("Zm9vOmJhcg=")]
    [InlineData("!!!!")]
    public void RejectsWhatIsNotBase64OfUserColonPassword(string auth)
    {
        // arrange / act
        var ok = AuthDecoder.TryDecode(auth, out _, out _);

        // assert
        Assert.False(ok);
    }

    [Theory]
    [InlineData("test-user", "test-password", "dGVzdC11c2VyOnRlc3QtcGFzc3dvcmQ=")]
    [InlineData("u", "p", "dTpw")]
    [InlineData("foo", "bar", "Zm9vOmJhcg==")]
    public void EncodesWithPadding(string user, string password, string auth)
    {
        // arrange / act
        var encoded = AuthDecoder.Encode(user, password);

        // assert
        Assert.Equal(auth, encoded);
    }
}
