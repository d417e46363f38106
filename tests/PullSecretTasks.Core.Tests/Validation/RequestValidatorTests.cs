using PullSecretTasks.Options;
using PullSecretTasks.Requests;
using PullSecretTasks.Secrets;
using PullSecretTasks.Validation;

namespace PullSecretTasks.Core.Tests.Validation;

/// <summary>One rule, one code, one setting: what every front end gets for the same bad request.</summary>
public sealed class RequestValidatorTests
{
    private static readonly CreateRequest Valid = new() { Name = "pull", Registries = ["ghcr.io"] };

    [Fact]
    public void A_create_without_any_registry_is_PSEC0003_naming_registries_and_all_registries()
    {
        var ex = Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Registries = [] }));

        Assert.Equal(ErrorCodes.NoRegistry, ex.Code);
        Assert.Equal([Setting.Registries, Setting.AllRegistries], ex.Settings);
    }

    [Fact]
    public void Registries_together_with_all_registries_is_refused_instead_of_ignoring_the_list()
    {
        var ex = Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { AllRegistries = true }));

        Assert.Equal(ErrorCodes.InvalidOption, ex.Code);
        Assert.Equal([Setting.Registries, Setting.AllRegistries], ex.Settings);
    }

    [Fact]
    public void A_registry_that_is_not_a_host_is_PSEC0008_before_any_file_is_read()
    {
        var ex = Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Registries = ["not a host"] }));

        Assert.Equal(ErrorCodes.InvalidRegistry, ex.Code);
        Assert.Equal([Setting.Registries], ex.Settings);
    }

    [Theory]
    [InlineData("Pull", Setting.Name)]
    [InlineData("-pull", Setting.Name)]
    public void A_bad_secret_name_is_PSEC0004(string name, Setting setting)
    {
        var ex = Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Name = name }));

        Assert.Equal(ErrorCodes.InvalidSecretName, ex.Code);
        Assert.Equal([setting], ex.Settings);
    }

    [Fact]
    public void A_bad_account_to_link_is_PSEC0004_naming_link_to() =>
        Assert.Equal([Setting.LinkTo], Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { LinkTo = ["Builder"] })).Settings);

    [Fact]
    public void A_bad_namespace_is_PSEC0005() =>
        Assert.Equal(ErrorCodes.InvalidNamespace, Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Namespaces = ["a.b"] })).Code);

    [Fact]
    public void An_unknown_type_is_PSEC0006() =>
        Assert.Equal(ErrorCodes.InvalidSecretType, Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Type = "tls" })).Code);

    [Fact]
    public void A_zero_timeout_is_refused_naming_the_timeout() =>
        Assert.Equal([Setting.Timeout], Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Timeout = TimeSpan.Zero })).Settings);

    [Fact]
    public void A_typed_credential_with_an_empty_user_is_PSEC1005()
    {
        var typed = new ExplicitCredential("r.example.com", "", PasswordSource.StandardInput);

        var ex = Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Registries = [], DockerServer = typed }));

        Assert.Equal(ErrorCodes.EmptyUserName, ex.Code);
    }

    [Theory]
    [InlineData("S3cret!pass")]
    [InlineData("1ABC")]
    [InlineData("with space")]
    public void A_password_variable_that_is_not_a_variable_name_is_refused_without_echoing_it(string variable)
    {
        var typed = new ExplicitCredential("r.example.com", "u", PasswordSource.FromVariable(variable));

        var ex = Assert.Throws<PullSecretException>(() => RequestValidator.Check(Valid with { Registries = [], DockerServer = typed }));

        Assert.Equal(ErrorCodes.InvalidOption, ex.Code);
        Assert.DoesNotContain(variable, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_filled_in_and_repeats_dropped()
    {
        var checkedRequest = RequestValidator.Check(Valid with { Namespaces = ["a", "a", "b"], LinkTo = ["builder", "builder"], Type = "dockercfg" });

        Assert.Equal(["a", "b"], checkedRequest.Namespaces);
        Assert.Equal(["builder"], checkedRequest.LinkTo);
        Assert.Equal(SecretTypes.DockerCfg, checkedRequest.Type);
        Assert.Equal(Defaults.Timeout, checkedRequest.Timeout);
    }

    [Fact]
    public void A_link_takes_secret_slash_name_as_oc_does()
    {
        var checkedRequest = RequestValidator.Check(new LinkRequest { ServiceAccount = "builder", Secrets = ["secret/a", "secrets/b", "a"] });

        Assert.Equal(["a", "b"], checkedRequest.Secrets);
    }

    [Fact]
    public void A_link_without_secrets_names_the_secrets_setting() =>
        Assert.Equal([Setting.Secrets], Assert.Throws<PullSecretException>(() => RequestValidator.Check(new LinkRequest { ServiceAccount = "builder", Secrets = [] })).Settings);

    [Fact]
    public void A_bad_service_account_to_link_names_the_service_account_setting() =>
        Assert.Equal([Setting.ServiceAccount], Assert.Throws<PullSecretException>(() => RequestValidator.Check(new LinkRequest { ServiceAccount = "B", Secrets = ["a"] })).Settings);
}
