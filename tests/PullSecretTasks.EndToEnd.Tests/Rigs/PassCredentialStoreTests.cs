using System.Text.Json;
using PullSecretTasks.EndToEnd.Tests.Support;

namespace PullSecretTasks.EndToEnd.Tests.Rigs;

public sealed class PassCredentialStoreTests(RealComponentsFixture components) : IClassFixture<RealComponentsFixture>
{
    [Fact]
    public async Task GetReturnsWhatStoreStored()
    {
        // arrange
        var ct = TestContext.Current.CancellationToken;
        await components.Pass.StoreAsync("127.0.0.1:5999", "rig-user", "rig-secret", ct);

        // act
        var result = await components.Pass.GetAsync("127.0.0.1:5999", ct);

        // assert
        Assert.Equal(0, result.ExitCode);
        using var answer = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("127.0.0.1:5999", answer.RootElement.GetProperty("ServerURL").GetString());
        Assert.Equal("rig-user", answer.RootElement.GetProperty("Username").GetString());
        Assert.Equal("rig-secret", answer.RootElement.GetProperty("Secret").GetString());
    }

    [Fact]
    public async Task GetOfAnUnknownServerExitsZeroWithAnEmptyUsername()
    {
        // act: the 0.6.4 helper does not report "credentials not found in native keychain" for pass
        var result = await components.Pass.GetAsync("unknown.invalid:1", TestContext.Current.CancellationToken);

        // assert
        Assert.Equal(0, result.ExitCode);
        using var answer = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(string.Empty, answer.RootElement.GetProperty("Username").GetString());
    }

    [Fact]
    public async Task ListNamesStoredServersWithTheirUsers()
    {
        // arrange
        var ct = TestContext.Current.CancellationToken;
        await components.Pass.StoreAsync("127.0.0.1:5998", "list-user", "list-secret", ct);

        // act
        var result = await components.Pass.ListAsync(ct);

        // assert
        Assert.Equal(0, result.ExitCode);
        using var answer = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal("list-user", answer.RootElement.GetProperty("127.0.0.1:5998").GetString());
    }
}
