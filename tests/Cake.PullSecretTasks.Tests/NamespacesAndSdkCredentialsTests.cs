using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.Results;
using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.Secrets;

namespace Cake.PullSecretTasks.Tests;

/// <summary>Several namespaces in one call, as the CLI's repeated -n; the SDK's push variables through WithContainerRegistry.</summary>
public class NamespacesAndSdkCredentialsTests
{
    [Fact]
    public async Task WithNamespaceTakesSeveralAndEachGetsTheSecretAndItsLine()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        bed.Server.SeedOpenShiftNamespace("ns2");
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);

        // act
        var result = context.CreatePullSecret("pull", s => s.WithNamespace("ns1", "ns2").WithRegistry(FakeClusterBed.Registry));

        // assert
        Assert.Equal(["ns1", "ns2"], result.Secrets.Select(s => s.Secret.Namespace));
        Assert.All(result.Secrets, s => Assert.Equal(SecretAction.Created, s.Action));
        Assert.NotNull(bed.Server.GetSecret("ns2", "pull"));
        Assert.Contains($"Pull secret 'pull' created in namespace 'ns2' for registry '{FakeClusterBed.Registry}'.", log.At(LogLevel.Information));
    }

    [Fact]
    public async Task TheSdksPushVariablesCountForTheContainerRegistryAndNeverReachTheLog()
    {
        // arrange: no login for the registry the SDK pushes to, only its variables
        await using var bed = await FakeCakeContext.StartBedAsync();
        var canary = new Canary("sdk-user");
        var variables = new Dictionary<string, string>(bed.Variables)
        {
            ["DOTNET_CONTAINER_PUSH_REGISTRY_UNAME"] = canary.User,
            ["DOTNET_CONTAINER_PUSH_REGISTRY_PWORD"] = canary.Password,
        };
        var log = new FakeCakeLog();
        var context = FakeCakeContext.Create(log, variables, bed.Directory.Path);

        // act
        var result = context.CreatePullSecret("pull", s => s.WithNamespace("ns1").WithRegistry("push.example.com").WithContainerRegistry("push.example.com"));

        // assert
        Assert.Equal(SecretAction.Created, Assert.Single(result.Secrets).Action);
        Assert.Contains(canary.Auth, bed.Server.SecretDataString("ns1", "pull", ".dockerconfigjson"), StringComparison.Ordinal);
        canary.AssertAbsent(log.Text, "The Cake log");
    }
}
