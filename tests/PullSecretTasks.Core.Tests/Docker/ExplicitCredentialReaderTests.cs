using PullSecretTasks.Docker;
using PullSecretTasks.Requests;

namespace PullSecretTasks.Core.Tests.Docker;

public sealed class ExplicitCredentialReaderTests
{
    private static RunnerContext Context(string? stdin = null, Dictionary<string, string>? vars = null) => new()
    {
        Environment = RunnerEnvironment.From(vars ?? [], userId: 1000),
        StandardInput = stdin is null ? null : new StringReader(stdin),
    };

    [Fact]
    public void ReadsThePasswordFromANamedVariable()
    {
        // arrange
        var input = new ExplicitCredential("Registry.Example.com:5000", "robot", PasswordSource.FromVariable("REG_PW"), "r@example.com");

        // act
        var credential = ExplicitCredentialReader.Read(input, Context(vars: new() { ["REG_PW"] = "s3cret " }));

        // assert
        Assert.Equal(("registry.example.com:5000", "robot", "s3cret ", "r@example.com"),
            (credential.Registry.SecretKey, credential.Username, credential.Password, credential.Email));
        Assert.Equal(CredentialKind.Explicit, credential.Source.Kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void FailsWhenTheVariableIsUnsetOrEmpty(string? value)
    {
        // arrange
        var vars = value is null ? new Dictionary<string, string>() : new() { ["REG_PW"] = value };
        var input = new ExplicitCredential("r.example.com", "robot", PasswordSource.FromVariable("REG_PW"));

        // act
        var ex = Assert.Throws<PullSecretException>(() => ExplicitCredentialReader.Read(input, Context(vars: vars)));

        // assert
        Assert.Equal(ErrorCodes.PasswordEnvMissing, ex.Code);
        Assert.Contains("REG_PW", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hunter2", "hunter2")]
    [InlineData("hunter2\n", "hunter2")]
    [InlineData("hunter2\r\n", "hunter2")]
    [InlineData("hunter2\n\n", "hunter2\n")]
    [InlineData(" hunter2 \n", " hunter2 ")]
    public void DropsOneTrailingNewlineFromStandardInput(string stdin, string password)
    {
        // arrange
        var input = new ExplicitCredential("docker.io", "me", PasswordSource.StandardInput);

        // act
        var credential = ExplicitCredentialReader.Read(input, Context(stdin));

        // assert
        Assert.Equal(password, credential.Password);
        Assert.Equal(RegistryName.DockerHubKey, credential.Registry.SecretKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData(null)]
    public void FailsWhenStandardInputIsEmpty(string? stdin)
    {
        // arrange
        var input = new ExplicitCredential("r.example.com", "me", PasswordSource.StandardInput);

        // act
        var ex = Assert.Throws<PullSecretException>(() => ExplicitCredentialReader.Read(input, Context(stdin)));

        // assert
        Assert.Equal(ErrorCodes.PasswordStdinEmpty, ex.Code);
    }

    [Fact]
    public void RejectsAServerThatIsNotARegistry()
    {
        // arrange
        var input = new ExplicitCredential("not a host", "me", PasswordSource.StandardInput);

        // act
        var ex = Assert.Throws<PullSecretException>(() => ExplicitCredentialReader.Read(input, Context("pw")));

        // assert
        Assert.Equal(ErrorCodes.InvalidRegistry, ex.Code);
    }
}
