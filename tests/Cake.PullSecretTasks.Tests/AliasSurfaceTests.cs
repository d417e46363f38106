using System.Reflection;
using System.Xml.Linq;
using Cake.Core.Annotations;
using Cake.PullSecretTasks.Tests.Support;
using PullSecretTasks.TestInfra.Repo;

namespace Cake.PullSecretTasks.Tests;

public class AliasSurfaceTests
{
    private static readonly MethodInfo[] Aliases = typeof(PullSecretAliases).GetMethods(BindingFlags.Public | BindingFlags.Static);

    [Fact]
    public void TheFourVerbsHaveASettingsAndAnActionOverloadEach()
    {
        // act
        var names = Aliases.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Count());

        // assert
        Assert.Equal(new Dictionary<string, int>
        {
            ["CreatePullSecret"] = 2,
            ["LinkPullSecret"] = 2,
            ["UnlinkPullSecret"] = 2,
            ["ReadDockerLogin"] = 3,
        }, names);
        Assert.All(Aliases, m => Assert.NotNull(m.GetCustomAttribute<CakeMethodAliasAttribute>()));
        Assert.All(Aliases, m => Assert.Contains(m.GetParameters(), p => p.ParameterType.Name.StartsWith("Action`", StringComparison.Ordinal) || p.Position == 0));
    }

    [Fact]
    public void EveryAliasHasAnExampleInItsXmlDocs()
    {
        // arrange
        var xmlPath = Path.ChangeExtension(RepositoryRoot.BuiltAssembly("Cake.PullSecretTasks"), ".xml");
        var docs = XDocument.Load(xmlPath).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m);

        // act
        var missing = Aliases
            .Select(m => $"M:{m.DeclaringType!.FullName}.{m.Name}({string.Join(",", m.GetParameters().Select(p => DocName(p.ParameterType)))})")
            .Where(id => !docs.TryGetValue(id, out var member) || member.Element("example")?.Element("code") is null)
            .ToList();

        // assert
        Assert.Empty(missing);
    }

    [Fact]
    public void EveryNamespaceTheAliasesExposeIsImportedIntoScripts()
    {
        // arrange
        var imported = typeof(PullSecretAliases).GetCustomAttributes<CakeNamespaceImportAttribute>().Select(a => a.Namespace).ToHashSet();
        var ours = new[] { typeof(PullSecretAliases).Assembly, typeof(global::PullSecretTasks.PullSecretRunner).Assembly };

        // act
        var exposed = Aliases
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Concat(new[] { typeof(PullSecretSettings), typeof(PullSecretLinkSettings), typeof(DockerLoginSettings) }
                .SelectMany(t => t.GetProperties().Select(p => p.PropertyType)))
            .SelectMany(Flatten)
            .SelectMany(t => t.Assembly == ours[1] ? t.GetProperties().Select(p => p.PropertyType).SelectMany(Flatten).Append(t) : [t])
            .Where(t => ours.Contains(t.Assembly))
            .Select(t => t.Namespace!)
            .ToHashSet();

        // assert
        Assert.Subset(imported, exposed);
    }

    private static IEnumerable<Type> Flatten(Type t) =>
        t.IsGenericType ? t.GetGenericArguments().SelectMany(Flatten).Append(t) : t.IsArray ? Flatten(t.GetElementType()!) : [Nullable.GetUnderlyingType(t) ?? t];

    private static string DocName(Type t) => t.IsGenericType
        ? $"{t.GetGenericTypeDefinition().FullName![..t.GetGenericTypeDefinition().FullName!.IndexOf('`', StringComparison.Ordinal)]}{{{string.Join(",", t.GetGenericArguments().Select(DocName))}}}"
        : t.FullName!;
}
