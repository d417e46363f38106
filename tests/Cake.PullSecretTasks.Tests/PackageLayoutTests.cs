using System.IO.Compression;
using System.Xml.Linq;
using Cake.PullSecretTasks.Tests.Support;

namespace Cake.PullSecretTasks.Tests;

[Collection(CakePackageCollection.Name)]
public class PackageLayoutTests(AddinPackageFixture package)
{
    [Fact]
    public void BundlesTheCoreAndItsDependenciesInLibAndDeclaresNoDependency()
    {
        // arrange
        using var zip = ZipFile.OpenRead(package.RequirePackage());

        // act
        var lib = zip.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal)).Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        // assert
        Assert.Equal(
            [
                "lib/net10.0/Cake.PullSecretTasks.dll",
                "lib/net10.0/Cake.PullSecretTasks.xml",
                "lib/net10.0/Fractions.dll",
                "lib/net10.0/KubernetesClient.dll",
                "lib/net10.0/PullSecretTasks.Core.dll",
                "lib/net10.0/YamlDotNet.dll",
            ],
            lib);
        Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.Equal("Cake.PullSecretTasks", metadata.Element(ns + "id")!.Value);
        Assert.Equal(package.Version, metadata.Element(ns + "version")!.Value);
        var tags = metadata.Element(ns + "tags")!.Value.Split(' ');
        Assert.Contains("cake", tags);
        Assert.Contains("cake-addin", tags);
    }
}
