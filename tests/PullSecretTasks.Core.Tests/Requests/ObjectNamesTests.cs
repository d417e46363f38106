using PullSecretTasks.Options;
using PullSecretTasks.Validation;

// Root test namespace on purpose: a PullSecretTasks.Core.Tests.Requests namespace would shadow PullSecretTasks.Requests
// for every test written as Requests.X under PullSecretTasks.Core.Tests.*.
namespace PullSecretTasks.Core.Tests;

public sealed class ObjectNamesTests
{
    [Theory]
    [InlineData("app-pull")]
    [InlineData("a")]
    [InlineData("registry.example.com")]
    [InlineData("0abc")]
    public void AcceptsValidSecretNames(string name) =>
        ObjectNames.ValidateSecretName(name, Setting.Name);

    [Theory]
    [InlineData("")]
    [InlineData("App")]
    [InlineData("app_pull")]
    [InlineData("-app")]
    [InlineData("app-")]
    [InlineData("a..b")]
    public void RejectsInvalidSecretNames(string name)
    {
        // arrange / act
        var ex = Assert.Throws<PullSecretException>(() => ObjectNames.ValidateSecretName(name, Setting.Name));

        // assert
        Assert.Equal(ErrorCodes.InvalidSecretName, ex.Code);
    }

    [Fact]
    public void RejectsSecretNamesLongerThan253Characters()
    {
        // arrange
        var name = string.Join('.', Enumerable.Repeat(new string('a', 63), 4));

        // act
        var ex = Assert.Throws<PullSecretException>(() => ObjectNames.ValidateSecretName(name, Setting.Name));

        // assert
        Assert.Equal((255, ErrorCodes.InvalidSecretName), (name.Length, ex.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a.b")]
    [InlineData("Team")]
    [InlineData("ns_1")]
    public void RejectsInvalidNamespaces(string ns)
    {
        // arrange / act
        var ex = Assert.Throws<PullSecretException>(() => ObjectNames.ValidateNamespace(ns));

        // assert
        Assert.Equal(ErrorCodes.InvalidNamespace, ex.Code);
    }

    [Fact]
    public void AcceptsANamespaceOf63ButNot64Characters()
    {
        // arrange
        var ok = new string('a', 63);

        // act
        ObjectNames.ValidateNamespace(ok);
        var ex = Assert.Throws<PullSecretException>(() => ObjectNames.ValidateNamespace(ok + "a"));

        // assert
        Assert.Equal(ErrorCodes.InvalidNamespace, ex.Code);
    }
}
