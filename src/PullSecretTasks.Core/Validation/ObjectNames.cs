using System.Text.RegularExpressions;
using PullSecretTasks.Options;

namespace PullSecretTasks.Validation;

/// <summary>
/// Client-side name checks with the API server's own rules and words (kubernetes/apimachinery
/// pkg/util/validation/validation.go IsDNS1123Subdomain, IsDNS1123Label), so a bad name fails before any
/// credential is read or any request is sent.
/// </summary>
internal static partial class ObjectNames
{
    /// <summary>Throws PSEC0004 unless <paramref name="name"/> is a valid secret name.</summary>
    public static void ValidateSecretName(string name, Setting setting)
    {
        if (!IsSubdomain(name))
        {
            throw new PullSecretException(ErrorCodes.InvalidSecretName,
                $"\"{name}\" is not a valid secret name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com'), at most 253 characters.", setting);
        }
    }

    /// <summary>Throws PSEC0005 unless <paramref name="name"/> is a valid namespace.</summary>
    public static void ValidateNamespace(string name)
    {
        if (name.Length is 0 or > 63 || !Label().IsMatch(name))
        {
            throw new PullSecretException(ErrorCodes.InvalidNamespace,
                $"\"{name}\" is not a valid namespace: a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name'), at most 63 characters.", Setting.Namespaces);
        }
    }

    /// <summary>Throws PSEC0004 unless <paramref name="name"/> is a valid service account name.</summary>
    public static void ValidateServiceAccountName(string name, Setting setting)
    {
        if (!IsSubdomain(name))
        {
            throw new PullSecretException(ErrorCodes.InvalidSecretName,
                $"\"{name}\" is not a valid service account name: a lowercase RFC 1123 subdomain, e.g. builder.", setting);
        }
    }

    private static bool IsSubdomain(string name) => name.Length is > 0 and <= 253 && Subdomain().IsMatch(name);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")]
    private static partial Regex Subdomain();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Label();
}
