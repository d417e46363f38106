namespace Cake.PullSecretTasks.Tests.Support;

/// <summary>The tests that share one packed addin (packing once keeps the project fast).</summary>
[CollectionDefinition(Name)]
public sealed class CakePackageCollection : ICollectionFixture<AddinPackageFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Cake package";
}
