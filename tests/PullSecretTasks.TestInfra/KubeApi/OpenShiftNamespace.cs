namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>What <see cref="FakeKubeApiServer.SeedOpenShiftNamespace"/> created: the names of the generated dockercfg secrets.</summary>
public sealed record OpenShiftNamespace(string Namespace, string BuilderDockercfg, string DeployerDockercfg);
