using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PullSecretTasks.PackageTests;

/// <summary>
/// What a package page and a debugger read, from the packed .nuspec, .snupkg and pdbs: the repository (url, type and
/// the commit built), project url, license, icon, the package's own README, tags, and SourceLink to that commit.
/// </summary>
public sealed partial class PackageMetadataTests(PackagesFixture packages)
{
    // The Portable PDB's SourceLink record (dotnet/runtime docs/design/specs/PortablePdb-Metadata.md).
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    /// <summary>Where the repository lives: the help links' prefix.</summary>
    private static string Repository => ErrorCodes.Documentation[..ErrorCodes.Documentation.IndexOf("/blob/", StringComparison.Ordinal)];

    public static TheoryData<string, string> Packages => new()
    {
        { "PullSecretTasks", "msbuild" },
        { "Cake.PullSecretTasks", "cake-addin" },
        { "PullSecretTasks.Tool", "dotnet-tool" },
        { "PullSecretTasks.Tool.any", "dotnet-tool" },
        { "PullSecretTasks.Tool.linux-x64", "dotnet-tool" },
        { "PullSecretTasks.Tool.linux-arm64", "dotnet-tool" },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void EveryPackageNamesItsRepositoryAtTheCommitBuiltWithLicenseIconReadmeAndTags(string id, string tag)
    {
        // act
        using var zip = ZipFile.OpenRead(packages.Package(id));
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var root = XDocument.Load(stream).Root!;
        var ns = root.Name.Namespace;
        var metadata = root.Element(ns + "metadata")!;
        var repository = metadata.Element(ns + "repository");
        var readme = zip.GetEntry("README.md");

        // assert
        Assert.Equal(("git", Repository), (repository?.Attribute("type")?.Value, repository?.Attribute("url")?.Value));
        Assert.Matches("^[0-9a-f]{40}$", repository!.Attribute("commit")?.Value ?? "");
        Assert.Equal(Repository, metadata.Element(ns + "projectUrl")?.Value);
        Assert.Equal(("expression", "MIT"), (metadata.Element(ns + "license")?.Attribute("type")?.Value, metadata.Element(ns + "license")?.Value));
        Assert.Equal("icon.png", metadata.Element(ns + "icon")?.Value);
        Assert.NotNull(zip.GetEntry("icon.png"));
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.NotNull(readme);
        using var reader = new StreamReader(readme.Open());
        var text = reader.ReadToEnd();
        Assert.DoesNotContain("dotnet run --project", text, StringComparison.Ordinal);
        Assert.DoesNotContain("build/build.sh", text, StringComparison.Ordinal);
        var tags = metadata.Element(ns + "tags")!.Value.Split(' ');
        Assert.Contains(tag, tags);
        Assert.Contains("kubernetes", tags);
        Assert.Contains("openshift", tags);
    }

    [Fact]
    public void TheCakeAddinsSymbolPackageMapsItsSourcesToTheCommitBuilt()
    {
        // arrange
        var commit = Commit("Cake.PullSecretTasks");
        var snupkg = Path.ChangeExtension(packages.Package("Cake.PullSecretTasks"), ".snupkg");
        Assert.True(File.Exists(snupkg), $"No symbol package at {snupkg}.");

        // act
        using var zip = ZipFile.OpenRead(snupkg);
        using var pdb = new MemoryStream();
        using (var entry = zip.GetEntry("lib/net10.0/Cake.PullSecretTasks.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }
        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);

        // assert
        Assert.Contains($"{RawContent}/{commit}/", SourceLink(provider.GetMetadataReader()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PullSecretTasks.MSBuild.dll")]
    [InlineData("PullSecretTasks.Core.dll")]
    public void TheTaskAssembliesEmbedTheirPdbsWithSourceLinkToTheCommitBuilt(string assembly)
    {
        // arrange
        var commit = Commit("PullSecretTasks");
        using var zip = ZipFile.OpenRead(packages.Package("PullSecretTasks"));
        using var image = new MemoryStream();
        using (var entry = zip.GetEntry($"tasks/net10.0/{assembly}")!.Open())
        {
            entry.CopyTo(image);
        }
        image.Position = 0;

        // act
        using var pe = new PEReader(image);
        var embedded = pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
        using var provider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);

        // assert
        Assert.Contains($"{RawContent}/{commit}/", SourceLink(provider.GetMetadataReader()), StringComparison.Ordinal);
    }

    private static string RawContent => Repository.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal);

    private string Commit(string id)
    {
        using var zip = ZipFile.OpenRead(packages.Package(id));
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var text = new StreamReader(stream).ReadToEnd();
        return CommitAttribute().Match(text).Groups[1].Value;
    }

    private static string SourceLink(MetadataReader reader)
    {
        foreach (var handle in reader.CustomDebugInformation)
        {
            var info = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(info.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value));
            }
        }
        return "(no SourceLink record)";
    }

    [GeneratedRegex("commit=\"([0-9a-f]{40})\"")]
    private static partial Regex CommitAttribute();
}
