using PullSecretTasks.Docker;
using PullSecretTasks.Options;

namespace PullSecretTasks.Registry;

/// <summary>
/// An image reference as docker reads one (distribution/reference normalize.go ParseNormalizedNamed): the first
/// component is a registry when it holds a '.' or a ':' or is <c>localhost</c>, else the image is on Docker Hub, where
/// a one-component name lives under <c>library/</c>; no tag means <c>latest</c>.
/// </summary>
internal sealed record ImageReference(RegistryName Registry, string Repository, string Reference)
{
    /// <summary>The scope a token needs to pull it (distribution docs/content/spec/auth/scope.md).</summary>
    public string PullScope => $"repository:{Repository}:pull";

    /// <summary>The reference as the user would write it.</summary>
    public override string ToString() => $"{Registry.Name}/{Repository}{(Reference.StartsWith("sha256:", StringComparison.Ordinal) ? "@" : ":")}{Reference}";

    /// <summary>Parses <paramref name="text"/>; PSEC0007 naming the image when it is not an image reference.</summary>
    public static ImageReference Parse(string text)
    {
        var s = text.Trim();
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? "" : s[..slash];
        var hasRegistry = first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost";
        var registryText = hasRegistry ? first : "docker.io";
        var rest = hasRegistry ? s[(slash + 1)..] : s;
        string reference = "latest";
        var at = rest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            reference = rest[(at + 1)..];
            rest = rest[..at];
        }
        else if (rest.LastIndexOf(':') is var colon and >= 0 && colon > rest.LastIndexOf('/'))
        {
            reference = rest[(colon + 1)..];
            rest = rest[..colon];
        }
        var registry = RegistryName.TryParse(registryText);
        if (registry is null || rest.Length == 0 || reference.Length == 0 || !rest.All(IsRepositoryChar) || rest.Contains("//", StringComparison.Ordinal)
            || rest.StartsWith('/') || rest.EndsWith('/'))
        {
            throw new PullSecretException(ErrorCodes.InvalidOption,
                $"\"{text}\" is not an image reference. Use registry/repository[:tag], e.g. ghcr.io/org/app:1.0.", Setting.Image);
        }
        if (!hasRegistry && !rest.Contains('/', StringComparison.Ordinal))
        {
            rest = "library/" + rest;
        }
        return new ImageReference(registry, rest, reference);
    }

    private static bool IsRepositoryChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-' or '/';
}
