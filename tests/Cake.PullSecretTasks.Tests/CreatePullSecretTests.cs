using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.Secrets;

namespace Cake.PullSecretTasks.Tests;

public class CreatePullSecretTests
{
    [Fact]
    public async Task CreatesTheSecretLinksItAndLogsResultLinesWithoutTheCanary()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();

        // act
        var result = bed.Context.CreatePullSecret("pull", new PullSecretSettings
        {
            Namespaces = { "ns1" },
            Registries = { AddinBed.Registry },
            LinkTo = { "builder" },
            Timeout = TimeSpan.FromSeconds(10),
        });

        // assert
        var outcome = Assert.Single(result.Secrets);
        Assert.Equal(SecretAction.Created, outcome.Action);
        Assert.Equal(LinkAction.Linked, Assert.Single(outcome.Links).Action);
        Assert.Equal([AddinBed.Registry], result.Registries);
        Assert.Contains("pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("pull", bed.Server.SecretNames("ns1", "builder"));
        Assert.Contains(bed.Password, bed.Server.SecretDataString("ns1", "pull", ".dockerconfigjson"), StringComparison.Ordinal);
        Assert.Contains("secret/pull created in ns1", bed.Log.At(LogLevel.Information));
        Assert.Contains("serviceaccount/builder linked in ns1", bed.Log.At(LogLevel.Information));
        Assert.Contains(bed.Log.Entries, e => e.Level == LogLevel.Verbose && e.Message.StartsWith("Cake.PullSecretTasks ", StringComparison.Ordinal));
        bed.AssertNoLeak(bed.Log.Text);
    }

    [Fact]
    public async Task TheActionOverloadAppliesFluentSettingsAndASecondRunIsUnchanged()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        void Configure(PullSecretSettings s) => s
            .WithNamespace("ns1")
            .WithRegistry(AddinBed.Registry)
            .WithDockerConfig("docker/config.json")
            .WithKubeconfig("kubeconfig")
            .WithLinkTo("default")
            .WithFor(LinkFor.Pull)
            .WithTimeout(TimeSpan.FromSeconds(10));
        bed.Variables.Remove("KUBECONFIG");
        bed.Variables.Remove("DOCKER_CONFIG");

        // act
        var first = bed.Context.CreatePullSecret("pull", Configure);
        var second = bed.Context.CreatePullSecret("pull", Configure);

        // assert
        Assert.Equal(SecretAction.Created, Assert.Single(first.Secrets).Action);
        Assert.Equal(SecretAction.Unchanged, Assert.Single(second.Secrets).Action);
        Assert.Equal(LinkAction.Unchanged, Assert.Single(second.Secrets[0].Links).Action);
        Assert.Equal(["pull"], bed.Server.ImagePullSecretNames("ns1", "default"));
        Assert.Empty(bed.Server.SecretNames("ns1", "default"));
    }

    [Fact]
    public async Task AClientDryRunBuildsTheSecretWithoutCallingTheServer()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        bed.Server.ClearRequests();

        // act
        var result = bed.Context.CreatePullSecret("pull", s => s
            .WithNamespace("ns1").WithRegistry(AddinBed.Registry).WithType("dockercfg").WithDryRun(DryRunMode.Client));

        // assert
        var outcome = Assert.Single(result.Secrets);
        Assert.True(outcome.DryRun);
        Assert.Equal(SecretTypes.DockerCfg, outcome.Secret.Type);
        Assert.Empty(bed.Server.Requests);
        Assert.Contains("secret/pull created in ns1 (dry run)", bed.Log.At(LogLevel.Information));
        bed.AssertNoLeak(bed.Log.Text);
    }

    [Fact]
    public async Task AMissingLoginThrowsACakeExceptionCarryingTheCodeAndNoCanary()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();

        // act
        var ex = Assert.Throws<CakeException>(() => bed.Context.CreatePullSecret("pull", s => s.WithNamespace("ns1").WithRegistry("ghcr.io")));

        // assert
        Assert.StartsWith($"{ErrorCodes.RegistryNotFound}: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.ExitCode);
        Assert.Equal(ErrorCodes.RegistryNotFound, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.NotNull(ex.HelpLink);
        bed.AssertNoLeak(ex.Message + bed.Log.Text);
    }

    [Theory]
    [InlineData(false, ErrorCodes.NoRegistry)]
    [InlineData(true, ErrorCodes.InvalidOption)]
    public async Task InvalidSettingsThrowTheirCodeBeforeAnyRequest(bool registryAndAll, string code)
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        bed.Server.ClearRequests();
        var settings = registryAndAll ? new PullSecretSettings().WithRegistry("ghcr.io").WithAllRegistries() : new PullSecretSettings();

        // act
        var ex = Assert.Throws<CakeException>(() => bed.Context.CreatePullSecret("pull", settings));

        // assert
        Assert.Equal(code, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.Empty(bed.Server.Requests);
    }

    [Fact]
    public async Task ASecretItDidNotCreateFailsWithTheClusterCodeUnlessOverwriteIsSet()
    {
        // arrange
        await using var bed = await AddinBed.StartAsync();
        bed.Server.SeedSecret("ns1", "pull", SecretTypes.DockerConfigJson, new Dictionary<string, string> { [".dockerconfigjson"] = "{}" });

        // act
        var ex = Assert.Throws<CakeException>(() => bed.Context.CreatePullSecret("pull", s => s.WithRegistry(AddinBed.Registry)));
        var forced = bed.Context.CreatePullSecret("pull", s => s.WithRegistry(AddinBed.Registry).WithOverwrite());

        // assert
        Assert.Equal(ErrorCodes.SecretNotOurs, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.Equal(SecretAction.Configured, Assert.Single(forced.Secrets).Action);
    }
}
