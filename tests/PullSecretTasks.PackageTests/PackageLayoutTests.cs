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
            "icon.png", "PullSecretTasks.nuspec", "README.md",
            "tasks/net10.0/Fractions.dll", "tasks/net10.0/KubernetesClient.Aot.dll", "tasks/net10.0/PullSecretTasks.Core.dll",
            "tasks/net10.0/PullSecretTasks.MSBuild.deps.json", "tasks/net10.0/PullSecretTasks.MSBuild.dll", "tasks/net10.0/YamlDotNet.dll",
            "tasks/net10.0/native/linux-arm64/pullsecret", "tasks/net10.0/native/linux-x64/pullsecret",
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
    public void The_tool_package_points_at_native_linux_x64_and_linux_arm64_packages_and_a_portable_fallback()
    {
        // act
        var (entries, metadata, ns) = Read(packages.Package("PullSecretTasks.Tool"));
        using var zip = ZipFile.OpenRead(packages.Package("PullSecretTasks.Tool"));
        using var settings = zip.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open();
        var rids = XDocument.Load(settings).Descendants("RuntimeIdentifierPackage")
            .Select(e => (e.Attribute("RuntimeIdentifier")!.Value, e.Attribute("Id")!.Value)).ToList();

        // assert
        Assert.Equal(["PullSecretTasks.Tool.nuspec", "README.md", "icon.png", "tools/any/any/DotnetToolSettings.xml"], entries);
        Assert.Equal([("any", "PullSecretTasks.Tool.any"), ("linux-x64", "PullSecretTasks.Tool.linux-x64"), ("linux-arm64", "PullSecretTasks.Tool.linux-arm64")], rids);
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.Equal("DotnetTool", metadata.Element(ns + "packageTypes")?.Element(ns + "packageType")?.Attribute("name")?.Value);
        Assert.Equal(packages.Feed.Version, metadata.Element(ns + "version")!.Value);
    }

    [Theory]
    [InlineData("linux-x64", 0x3E)]
    [InlineData("linux-arm64", 0xB7)]
    public void Each_native_tool_package_holds_one_executable_for_its_machine(string rid, int machine)
    {
        // act: the ELF header's e_machine, at offset 18 (EM_X86_64 = 0x3E, EM_AARCH64 = 0xB7)
        var id = $"PullSecretTasks.Tool.{rid}";
        var (entries, _, _) = Read(packages.Package(id));
        using var zip = ZipFile.OpenRead(packages.Package(id));
        using var binary = zip.GetEntry($"tools/any/{rid}/pullsecret")!.Open();
        var header = new byte[20];
        binary.ReadExactly(header);

        // assert: an ELF file, no IL, no 50 MB of native symbols
        Assert.Equal("\u007fELF", System.Text.Encoding.ASCII.GetString(header, 0, 4));
        Assert.Equal(machine, BitConverter.ToUInt16(header, 18));
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".dbg", StringComparison.Ordinal));
        Assert.Contains($"tools/any/{rid}/DotnetToolSettings.xml", entries);
    }

    [Fact]
    public void The_portable_tool_package_is_the_framework_dependent_build()
    {
        // act
        var (entries, _, _) = Read(packages.Package("PullSecretTasks.Tool.any"));

        // assert
        Assert.Equal(
            [
                "PullSecretTasks.Tool.any.nuspec",
                "README.md",
                "icon.png",
                "tools/net10.0/any/DotnetToolSettings.xml",
                "tools/net10.0/any/Fractions.dll",
                "tools/net10.0/any/KubernetesClient.Aot.dll",
                "tools/net10.0/any/PullSecretTasks.Core.dll",
                "tools/net10.0/any/System.CommandLine.dll",
                "tools/net10.0/any/YamlDotNet.dll",
                "tools/net10.0/any/pullsecret.deps.json",
                "tools/net10.0/any/pullsecret.dll",
                "tools/net10.0/any/pullsecret.runtimeconfig.json",
            ],
            entries);
    }

    [Theory]
    [InlineData("PullSecretTasks", "tasks/net10.0/", new[] { "Fractions.dll", "KubernetesClient.Aot.dll", "PullSecretTasks.Core.dll", "PullSecretTasks.MSBuild.dll", "YamlDotNet.dll" })]
    // KubernetesClient.Aot stays IL in the addin: precompiled, it measured no faster there (Cake.PullSecretTasks.csproj).
    [InlineData("Cake.PullSecretTasks", "lib/net10.0/", new[] { "Cake.PullSecretTasks.dll", "Fractions.dll", "PullSecretTasks.Core.dll", "YamlDotNet.dll" })]
    public void The_assemblies_loaded_into_msbuild_and_cake_ship_precompiled_for_linux_x64(string package, string folder, string[] precompiled)
    {
        // act: a ReadyToRun image has a managed native header (ECMA-335 II.25.3.3, "ManagedNativeHeader")
        using var zip = ZipFile.OpenRead(packages.Package(package));
        var readyToRun = zip.Entries
            .Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal))
            .Where(e => IsReadyToRun(e))
            .Select(e => e.Name)
            .Order(StringComparer.Ordinal)
            .ToList();

        // assert
        Assert.Equal(precompiled.Order(StringComparer.Ordinal), readyToRun);
    }

    private static bool IsReadyToRun(ZipArchiveEntry entry)
    {
        using var stream = new MemoryStream();
        using (var source = entry.Open())
        {
            source.CopyTo(stream);
        }
        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
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
