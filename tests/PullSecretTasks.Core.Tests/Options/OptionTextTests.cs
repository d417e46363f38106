using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;

namespace PullSecretTasks.Core.Tests.Options;

public sealed class OptionTextTests
{
    [Theory]
    [InlineData(null, LinkFor.None)]
    [InlineData("", LinkFor.None)]
    [InlineData("pull", LinkFor.Pull)]
    [InlineData("mount", LinkFor.Mount)]
    [InlineData("pull,mount", LinkFor.Pull | LinkFor.Mount)]
    [InlineData("pull;mount", LinkFor.Pull | LinkFor.Mount)]
    [InlineData(" Mount , PULL ", LinkFor.Pull | LinkFor.Mount)]
    [InlineData("pull,,pull", LinkFor.Pull)]
    public void For_reads_pull_mount_or_both_with_either_separator_in_any_case(string? text, LinkFor expected)
    {
        // act
        var parsed = OptionText.For(text);

        // assert
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("push")]
    [InlineData("all")]
    [InlineData("pull mount")]
    public void For_refuses_anything_else_naming_the_setting(string text)
    {
        // act
        var ex = Assert.Throws<PullSecretException>(() => OptionText.For(text));

        // assert
        Assert.Equal(ErrorCodes.InvalidOption, ex.Code);
        Assert.Equal([Setting.For], ex.Settings);
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, DryRunMode.None)]
    [InlineData("", DryRunMode.None)]
    [InlineData("none", DryRunMode.None)]
    [InlineData("false", DryRunMode.None)]
    [InlineData("client", DryRunMode.Client)]
    [InlineData("True", DryRunMode.Client)]
    [InlineData(" Server ", DryRunMode.Server)]
    public void DryRun_reads_kubectls_words(string? text, DryRunMode expected) =>
        Assert.Equal(expected, OptionText.DryRun(text));

    [Fact]
    public void DryRun_refuses_an_unknown_mode() =>
        Assert.Equal([Setting.DryRun], Assert.Throws<PullSecretException>(() => OptionText.DryRun("local")).Settings);

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("500ms", 500)]
    [InlineData("1.5s", 1_500)]
    [InlineData("45", 45_000)]
    public void Duration_reads_go_durations_and_bare_seconds(string text, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), OptionText.Duration(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Duration_is_null_when_empty_so_the_default_applies(string? text) =>
        Assert.Null(OptionText.Duration(text));

    [Theory]
    [InlineData("soon")]
    [InlineData("0")]
    [InlineData("0s")]
    [InlineData("-5")]
    [InlineData("30S")]
    [InlineData("1m30")]
    [InlineData("s")]
    [InlineData("5 s")]
    [InlineData("1e12")]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("9999999999h")]
    public void Duration_refuses_what_is_not_a_positive_duration(string text)
    {
        // act
        var ex = Assert.Throws<PullSecretException>(() => OptionText.Duration(text));

        // assert
        Assert.Equal(ErrorCodes.InvalidOption, ex.Code);
        Assert.Equal([Setting.Timeout], ex.Settings);
    }

    [Theory]
    [InlineData(null, SecretTypes.DockerConfigJson)]
    [InlineData("dockercfg", SecretTypes.DockerCfg)]
    [InlineData("Opaque", SecretTypes.Opaque)]
    public void Type_takes_every_spelling_of_the_three_types(string? text, string expected) =>
        Assert.Equal(expected, OptionText.Type(text));

    [Fact]
    public void Type_refuses_other_types_with_its_own_code() =>
        Assert.Equal(ErrorCodes.InvalidSecretType, Assert.Throws<PullSecretException>(() => OptionText.Type("kubernetes.io/tls")).Code);

    [Fact]
    public void List_splits_at_semicolons_and_commas_and_drops_empties_and_repeats() =>
        Assert.Equal(["a", "b", "c"], OptionText.List(["a;b", " b , c", "", null, ";"]));
}
