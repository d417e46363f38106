using PullSecretTasks.Requests;

namespace PullSecretTasks.Docker;

/// <summary>
/// Turns --docker-server/--docker-username plus a password from stdin or a named variable into a
/// credential. The password is never an argument: arguments show up in ps, shell history and CI logs.
/// </summary>
internal static class ExplicitCredentialReader
{
    public static RegistryCredential Read(ExplicitCredential input, RunnerContext context)
    {
        var registry = CredentialResolver.Parse(input.Server);
        if (string.IsNullOrEmpty(input.Username))
        {
            throw new PullSecretException(ErrorCodes.EmptyUserName,
                $"--docker-username is empty for {registry.Name}. Give the user name the registry expects.");
        }
        var password = input.Password.EnvironmentVariable is { } variable
            ? context.Environment.Get(variable)
                ?? throw new PullSecretException(ErrorCodes.PasswordEnvMissing,
                    $"The environment variable {variable} (named by --docker-password-env) is unset or empty. Export the password in it first.")
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
                $"No password on standard input for {registry.Name}. Pipe it in, e.g. `printenv REGISTRY_TOKEN | pullsecret create ... --docker-password-stdin`.");
    }
}
