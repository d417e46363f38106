using PullSecretTasks.Requests;
using static Cake.PullSecretTasks.PullSecretClusterSettingsExtensions;

namespace Cake.PullSecretTasks;

/// <summary>Fluent setters for <see cref="PullSecretLinkSettings"/>.</summary>
public static class PullSecretLinkSettingsExtensions
{
    /// <summary>Sets <see cref="PullSecretLinkSettings.For"/>.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="linkFor">Which service-account lists a link adds to.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static PullSecretLinkSettings WithFor(this PullSecretLinkSettings settings, LinkFor linkFor) =>
        Set(settings, s => s.For = linkFor);
}
