using PullSecretTasks.TestInfra.Beds;
using PullSecretTasks.TestInfra.Repo;

namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>The CreatePullSecret task the task tests run against a <see cref="FakeClusterBed"/>: secret app-pull in ns1, linked to builder.</summary>
internal static class BedTasks
{
    /// <summary>The task, in-process, or with <paramref name="native"/> running the Native AOT tool build/build.sh publishes.</summary>
    public static CreatePullSecret Create(FakeClusterBed bed, FakeBuildEngine engine, string @for = "pull;mount", string timeout = "5s", bool native = false)
    {
        if (native)
        {
            Assert.True(File.Exists(RepositoryRoot.NativeTool), $"Run build/build.sh build first: {RepositoryRoot.NativeTool} is missing.");
        }
        return new CreatePullSecret
        {
            BuildEngine = engine,
            Name = "app-pull",
            Registries = [FakeClusterBed.Registry],
            Namespaces = ["ns1"],
            LinkTo = ["builder"],
            For = @for,
            DockerConfig = bed.DockerConfig,
            Kubeconfig = bed.Kubeconfig,
            Timeout = timeout,
            NativeToolPath = native ? RepositoryRoot.NativeTool : null,
        };
    }
}
