using PullSecretTasks.Docker;

namespace PullSecretTasks.Registry;

/// <summary>What the registry checks of one run do.</summary>
/// <param name="Verify">Prove each credential against its registry before anything is written.</param>
/// <param name="DelegatedAuth">Add an entry for each registry's token host when that is another host.</param>
/// <param name="Image">An image whose pull access to prove too, or null.</param>
/// <param name="Insecure">host[:port] names reached without TLS verification or over HTTP, besides loopback.</param>
internal sealed record RegistryCheckOptions(bool Verify, bool DelegatedAuth, ImageReference? Image, IReadOnlyCollection<string> Insecure)
{
    /// <summary>Whether any check runs.</summary>
    public bool Any => Verify || DelegatedAuth;

    /// <summary>The image, when it is on <paramref name="registry"/>.</summary>
    public ImageReference? ImageOn(RegistryName registry) => Image is { } image && image.Registry.Host == registry.Host ? image : null;
}
