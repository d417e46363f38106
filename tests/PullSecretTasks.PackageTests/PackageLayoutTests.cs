using System.IO.Compression;
using System.Xml.Linq;

namespace PullSecretTasks.PackageTests;

/// <summary>What each package holds, read from the packed .nupkg.</summary>
public sealed class PackageLayoutTests(PackagesFixture packages)
{
    [Fact]
    public void The_msbuild_package_has_tasks_and_build_files_and_no_dependencies()
    {
        // act
        var (entries, metadata, ns) = Read(packages.Package("PullSecretTasks"));

        // assert
        string[] expected =
        [
            "build/PullSecretTasks.props", "build/PullSecretTasks.targets",
            "buildMultiTargeting/PullSecretTasks.props", "buildMultiTargeting/PullSecretTasks.targets",
            "PullSecretTasks.nuspec", "README.md",
            "tasks/net10.0/Fractions.dll", "tasks/net10.0/KubernetesClient.Aot.dll", "tasks/net10.0/PullSecretTasks.Core.dll",
            "tasks/net10.0/PullSecretTasks.MSBuild.deps.json", "tasks/net10.0/PullSecretTasks.MSBuild.dll", "tasks/net10.0/YamlDotNet.dll",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), entries);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")?.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
    }

    [Fact]
    public void The_cake_addin_bundles_the_core_and_its_dependencies_in_lib_and_declares_no_dependency()
    {
        // act
        var (entries, metadata, ns) = Read(packages.Package("Cake.PullSecretTasks"));

        // assert
        Assert.Equal(
            [
                "lib/net10.0/Cake.PullSecretTasks.dll",
                "lib/net10.0/Cake.PullSecretTasks.xml",
                "lib/net10.0/Fractions.dll",
                "lib/net10.0/KubernetesClient.Aot.dll",
                "lib/net10.0/PullSecretTasks.Core.dll",
                "lib/net10.0/YamlDotNet.dll",
            ],
            entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)));
        Assert.Contains("README.md", entries);
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.Equal(packages.Feed.Version, metadata.Element(ns + "version")!.Value);
        var tags = metadata.Element(ns + "tags")!.Value.Split(' ');
        Assert.Contains("cake", tags);
        Assert.Contains("cake-addin", tags);
    }

    [Fact]
    public void The_tool_package_has_the_standard_tool_layout_and_no_dependencies()
    {
        // act
        var (entries, metadata, ns) = Read(packages.Package("PullSecretTasks.Tool"));

        // assert
        Assert.Equal(
            [
                "PullSecretTasks.Tool.nuspec",
                "README.md",
                "tools/net10.0/any/DotnetToolSettings.xml",
                "tools/net10.0/any/Fractions.dll",
                "tools/net10.0/any/KubernetesClient.Aot.dll",
                "tools/net10.0/any/PullSecretTasks.Core.dll",
                "tools/net10.0/any/PullSecretTasks.Core.pdb",
                "tools/net10.0/any/System.CommandLine.dll",
                "tools/net10.0/any/YamlDotNet.dll",
                "tools/net10.0/any/pullsecret.deps.json",
                "tools/net10.0/any/pullsecret.dll",
                "tools/net10.0/any/pullsecret.pdb",
                "tools/net10.0/any/pullsecret.runtimeconfig.json",
            ],
            entries);
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")?.Element(ns + "packageType")?.Attribute("name")?.Value);
        Assert.Equal(packages.Feed.Version, metadata.Element(ns + "version")!.Value);
    }

    private static (IReadOnlyList<string> Entries, XElement Metadata, XNamespace Ns) Read(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName)
            .Where(n => !n.StartsWith('_') && !n.StartsWith("package/", StringComparison.Ordinal) && n != "[Content_Types].xml")
            .Order(StringComparer.Ordinal).ToList();
        using var nuspecStream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.Name.Namespace;
        return (entries, nuspec.Root.Element(ns + "metadata")!, ns);
    }
}
