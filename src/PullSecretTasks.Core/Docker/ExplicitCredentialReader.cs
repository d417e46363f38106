using PullSecretTasks.Options;
using PullSecretTasks.Requests;

namespace PullSecretTasks.Docker;

/// <summary>
/// Turns a typed server and user name plus a password from stdin or a named variable into a
/// credential. The password is never an argument: arguments show up in ps, shell history and CI logs.
/// </summary>
internal static class ExplicitCredentialReader
{
    public static RegistryCredential Read(ExplicitCredential input, RunnerContext context)
    {
        var registry = RegistryName.Require(input.Server, Setting.DockerServer);
        var password = input.Password.EnvironmentVariable is { } variable
            ? context.Environment.Get(variable)
                ?? throw new PullSecretException(ErrorCodes.PasswordEnvMissing,
                    $"The environment variable {variable}, named to hold the password for {registry.Name}, is unset or empty. Export the password in it first.")
            : ReadStdin(context.StandardInput, registry);
        return new RegistryCredential(registry, input.Username, password, input.Email,
            new CredentialSource(CredentialKind.Explicit, null, input.Server, null));
    }

    // docker login --password-stdin: read everything, drop one trailing newline (cli/command/registry/login.go).
    private static string ReadStdin(TextReader? stdin, RegistryName registry)
    {
        var text = stdin?.ReadToEnd() ?? "";
        if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }
        if (text.EndsWith('\r'))
        {
            text = text[..^1];
        }
        return text.Length > 0
            ? text
            : throw new PullSecretException(ErrorCodes.PasswordStdinEmpty,
                $"No password on standard input for {registry.Name}. Pipe it in, e.g. from `printenv REGISTRY_TOKEN`.");
    }
}
