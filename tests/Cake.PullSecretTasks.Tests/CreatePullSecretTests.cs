using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks;
using PullSecretTasks.Requests;
using PullSecretTasks.Results;
using PullSecretTasks.Secrets;
using PullSecretTasks.TestInfra.Beds;

namespace Cake.PullSecretTasks.Tests;

public class CreatePullSecretTests
{
    [Fact]
    public async Task CreatesTheSecretLinksItAndLogsResultLinesWithoutTheCanary()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);

        // act
        var result = context.CreatePullSecret("pull", new PullSecretSettings
        {
            Namespaces = { "ns1" },
            Registries = { FakeClusterBed.Registry },
            LinkTo = { "builder" },
            Timeout = TimeSpan.FromSeconds(10),
        });

        // assert
        var outcome = Assert.Single(result.Secrets);
        Assert.Equal(SecretAction.Created, outcome.Action);
        Assert.Equal(LinkAction.Linked, Assert.Single(outcome.Links).Action);
        Assert.Equal([FakeClusterBed.Registry], result.Registries);
        Assert.Contains("pull", bed.Server.ImagePullSecretNames("ns1", "builder"));
        Assert.Contains("pull", bed.Server.SecretNames("ns1", "builder"));
        Assert.Contains(bed.Password, bed.Server.SecretDataString("ns1", "pull", ".dockerconfigjson"), StringComparison.Ordinal);
        Assert.Contains($"Pull secret 'pull' created in namespace 'ns1' for registry '{FakeClusterBed.Registry}'.", log.At(LogLevel.Information));
        Assert.Contains("Service account 'builder' in namespace 'ns1' linked to 'pull' (imagePullSecrets, secrets).", log.At(LogLevel.Information));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Verbose && e.Message.StartsWith("Cake.PullSecretTasks ", StringComparison.Ordinal));
        bed.AssertNoLeak(log.Text, "The Cake log");
    }

    [Fact]
    public async Task TheActionOverloadAppliesFluentSettingsAndASecondRunIsUnchanged()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var variables = new Dictionary<string, string>(bed.Variables);
        variables.Remove("KUBECONFIG");
        variables.Remove("DOCKER_CONFIG");
        var context = FakeCakeContext.Create(log, variables, bed.Directory.Path);
        void Configure(PullSecretSettings s) => s
            .WithNamespace("ns1")
            .WithRegistry(FakeClusterBed.Registry)
            .WithDockerConfig("docker/config.json")
            .WithKubeconfig("kubeconfig")
            .WithLinkTo("default")
            .WithFor(LinkFor.Pull)
            .WithTimeout(TimeSpan.FromSeconds(10));

        // act
        var first = context.CreatePullSecret("pull", Configure);
        var second = context.CreatePullSecret("pull", Configure);

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
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        bed.Server.ClearRequests();

        // act
        var result = context.CreatePullSecret("pull", s => s
            .WithNamespace("ns1").WithRegistry(FakeClusterBed.Registry).WithType("dockercfg").WithDryRun(DryRunMode.Client));

        // assert
        var outcome = Assert.Single(result.Secrets);
        Assert.True(outcome.DryRun);
        Assert.Equal(SecretTypes.DockerCfg, outcome.Secret.Type);
        Assert.Empty(bed.Server.Requests);
        Assert.Contains($"Pull secret 'pull' created in namespace 'ns1' for registry '{FakeClusterBed.Registry}' (dry run).", log.At(LogLevel.Information));
        bed.AssertNoLeak(log.Text, "The Cake log");
    }

    [Fact]
    public async Task AMissingLoginThrowsACakeExceptionCarryingTheCodeAndNoCanary()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);

        // act
        var ex = Assert.Throws<CakeException>(() => context.CreatePullSecret("pull", s => s.WithNamespace("ns1").WithRegistry("ghcr.io")));

        // assert
        Assert.StartsWith($"{ErrorCodes.RegistryNotFound}: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.ExitCode);
        Assert.Equal(ErrorCodes.RegistryNotFound, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.NotNull(ex.HelpLink);
        bed.AssertNoLeak(ex.Message + log.Text, "The Cake output");
    }

    [Theory]
    [InlineData(false, ErrorCodes.NoRegistry)]
    [InlineData(true, ErrorCodes.InvalidOption)]
    public async Task InvalidSettingsThrowTheirCodeBeforeAnyRequest(bool registryAndAll, string code)
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        bed.Server.ClearRequests();
        var settings = registryAndAll ? new PullSecretSettings().WithRegistry("ghcr.io").WithAllRegistries() : new PullSecretSettings();

        // act
        var ex = Assert.Throws<CakeException>(() => context.CreatePullSecret("pull", settings));

        // assert
        Assert.Equal(code, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.Empty(bed.Server.Requests);
    }

    [Fact]
    public async Task ASecretItDidNotCreateFailsWithTheClusterCodeUnlessOverwriteIsSet()
    {
        // arrange
        await using var bed = await FakeCakeContext.StartBedAsync();
        var log = new FakeCakeLog();
        var context = FakeCakeContext.For(bed, log);
        bed.Server.SeedSecret("ns1", "pull", SecretTypes.DockerConfigJson, new Dictionary<string, string> { [".dockerconfigjson"] = "{}" });

        // act
        var ex = Assert.Throws<CakeException>(() => context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry)));
        var forced = context.CreatePullSecret("pull", s => s.WithRegistry(FakeClusterBed.Registry).WithOverwrite());

        // assert
        Assert.Equal(ErrorCodes.SecretNotOurs, Assert.IsType<PullSecretException>(ex.InnerException).Code);
        Assert.Equal(SecretAction.Configured, Assert.Single(forced.Secrets).Action);
    }
}
