using PullSecretTasks.EndToEnd.Tests.Support;
using PullSecretTasks.TestInfra.Rigs;
using PullSecretTasks.TestInfra.Secrets;

namespace PullSecretTasks.EndToEnd.Tests.Cli;

public sealed class InspectTests(RealComponentsFixture components) : IClassFixture<RealComponentsFixture>
{
    [Theory]
    [MemberData(nameof(LoginSource.All), MemberType = typeof(LoginSource))]
    public async Task InspectShowsTheUserAndTheSourceButNeverThePassword(string source)
    {
        // arrange
        using var dir = TestDirectory.Create();
        var login = await LoggedIn.LoginAsync(source, components, dir);
        var registry = login.Registry;

        // act
        var result = await PullSecretCli.RunAsync(login.Environment, "inspect", "--registry", registry.Host);

        // assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(registry.Host, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(registry.User, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(login.AuthFile, result.StandardOutput, StringComparison.Ordinal);
        if (login.Helper is not null)
        {
            Assert.Contains(login.Helper, result.StandardOutput, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(registry.Password, result.CombinedOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary.Base64($"{registry.User}:{registry.Password}"), result.CombinedOutput, StringComparison.Ordinal);
    }
}
