using System.Net;
using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.EndToEnd.Tests.Rigs;

public sealed class LoopbackRegistryTests(RealComponentsFixture components) : IClassFixture<RealComponentsFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetV2WithoutCredentialsAnswersUnauthorized(bool tls)
    {
        // arrange
        var registry = tls ? components.Tls : components.Http;

        // act
        var status = await registry.GetV2Async(null, null, TestContext.Current.CancellationToken);

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetV2WithTheRegistryCredentialsAnswersOk(bool tls)
    {
        // arrange
        var registry = tls ? components.Tls : components.Http;

        // act
        var status = await registry.GetV2Async(registry.User, registry.Password, TestContext.Current.CancellationToken);

        // assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task GetV2WithAWrongPasswordAnswersUnauthorized()
    {
        // act
        var status = await components.Http.GetV2Async(components.Http.User, "wrong", TestContext.Current.CancellationToken);

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public void RegistriesListenOnDifferentLoopbackPortsAndOnlyTheTlsOneHasACertificate()
    {
        // assert
        Assert.NotEqual(components.Http.Port, components.Tls.Port);
        Assert.StartsWith("127.0.0.1:", components.Http.Host, StringComparison.Ordinal);
        Assert.Equal("http", components.Http.BaseUri.Scheme);
        Assert.Equal("https", components.Tls.BaseUri.Scheme);
        Assert.Null(components.Http.CaCertPath);
        Assert.True(File.Exists(components.Tls.CaCertPath));
    }

    [Fact]
    public async Task AClientThatDoesNotTrustTheTestCertificateIsRefusedByTheTlsRegistry()
    {
        // arrange: the default handler trusts the system store only, which never holds the test certificate
        using var client = new HttpClient();

        // act
        var refused = await Assert.ThrowsAsync<HttpRequestException>(
            () => client.GetAsync(new Uri(components.Tls.BaseUri, "v2/"), TestContext.Current.CancellationToken));

        // assert
        Assert.Contains("SSL", refused.Message, StringComparison.OrdinalIgnoreCase);
    }
}
