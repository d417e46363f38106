using System.Text.RegularExpressions;
using PullSecretTasks.Docker;
using PullSecretTasks.Options;
using PullSecretTasks.Requests;

namespace PullSecretTasks.Validation;

/// <summary>
/// Every rule a request must meet, checked before a file is read or a request is sent, one PSEC code per rule.
/// Returns the request normalised: defaults filled in, lists without repeats, names in their canonical form.
/// </summary>
internal static partial class RequestValidator
{
    public static CreateRequest Check(CreateRequest request)
    {
        ObjectNames.ValidateSecretName(request.Name, Setting.Name);
        var type = OptionText.Type(request.Type);
        var namespaces = Namespaces(request.Namespaces);
        var linkTo = request.LinkTo.Distinct(StringComparer.Ordinal).ToList();
        foreach (var account in linkTo)
        {
            ObjectNames.ValidateServiceAccountName(account, Setting.LinkTo);
        }
        if (request.Registries.Count == 0 && !request.AllRegistries && request.DockerServer is null)
        {
            throw new PullSecretException(ErrorCodes.NoRegistry,
                $"Secret {request.Name} names no registry. Name the registries to take from the login output, or take every usable one.",
                Setting.Registries, Setting.AllRegistries);
        }
        if (request.Registries.Count > 0 && request.AllRegistries)
        {
            throw new PullSecretException(ErrorCodes.InvalidOption,
                $"Secret {request.Name} names registries and also asks for every usable one. Name registries, or take them all.",
                Setting.Registries, Setting.AllRegistries);
        }
        foreach (var registry in request.Registries)
        {
            RegistryName.Require(registry, Setting.Registries);
        }
        if (request.DockerServer is { } typed)
        {
            CheckTyped(typed);
        }
        foreach (var insecure in request.InsecureRegistries)
        {
            RegistryName.Require(insecure, Setting.InsecureRegistries);
        }
        var image = string.IsNullOrWhiteSpace(request.Image) ? null : request.Image.Trim();
        if (image is not null)
        {
            _ = Registry.ImageReference.Parse(image);
        }
        return request with
        {
            Image = image,
            For = request.For == LinkFor.None ? Defaults.CreateLinkFor : request.For,
            Type = type,
            Namespaces = namespaces,
            LinkTo = linkTo,
            Timeout = Timeout(request.Timeout),
        };
    }

    public static LinkRequest Check(LinkRequest request)
    {
        ObjectNames.ValidateServiceAccountName(request.ServiceAccount, Setting.ServiceAccount);
        var secrets = request.Secrets.Select(StripKind).Distinct(StringComparer.Ordinal).ToList();
        if (secrets.Count == 0)
        {
            throw new PullSecretException(ErrorCodes.InvalidOption, "Name at least one secret to link or unlink.", Setting.Secrets);
        }
        foreach (var secret in secrets)
        {
            ObjectNames.ValidateSecretName(secret, Setting.Secrets);
        }
        return request with
        {
            Secrets = secrets,
            Namespaces = Namespaces(request.Namespaces),
            For = request.For == LinkFor.None ? Defaults.LinkFor : request.For,
            Timeout = Timeout(request.Timeout),
        };
    }

    private static List<string> Namespaces(IReadOnlyList<string> namespaces)
    {
        var list = namespaces.Distinct(StringComparer.Ordinal).ToList();
        foreach (var ns in list)
        {
            ObjectNames.ValidateNamespace(ns);
        }
        return list;
    }

    private static TimeSpan Timeout(TimeSpan? timeout) => timeout switch
    {
        null => Defaults.Timeout,
        { } t when t > TimeSpan.Zero => t,
        _ => throw new PullSecretException(ErrorCodes.InvalidOption, "The timeout must be longer than zero.", Setting.Timeout),
    };

    private static void CheckTyped(ExplicitCredential typed)
    {
        var registry = RegistryName.Require(typed.Server, Setting.DockerServer);
        if (string.IsNullOrEmpty(typed.Username))
        {
            throw new PullSecretException(ErrorCodes.EmptyUserName,
                $"The typed credential for {registry.Name} has an empty user name. Give the user name the registry expects.", Setting.DockerServer);
        }
        if (typed.Password.EnvironmentVariable is { } variable && !VariableName().IsMatch(variable))
        {
            // Never echo it: someone may have typed the password where the variable's name belongs.
            throw new PullSecretException(ErrorCodes.InvalidOption,
                "The password variable's name is not an environment variable name (letters, digits and '_', not starting with a digit). Name the variable that holds the password, never the password itself.",
                Setting.DockerServer);
        }
    }

    // oc accepts "name", "secret/name" and "secrets/name" (openshift/oc pkg/cli/secrets/secrets.go).
    private static string StripKind(string s) =>
        s.StartsWith("secret/", StringComparison.Ordinal) ? s["secret/".Length..]
        : s.StartsWith("secrets/", StringComparison.Ordinal) ? s["secrets/".Length..] : s;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();
}
