namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>Test classes that build through MSBuild's one default BuildManager, which runs one build at a time.</summary>
[CollectionDefinition(Name)]
public sealed class InProcessBuilds
{
    public const string Name = "in-process MSBuild builds";
}
