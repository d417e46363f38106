using Cake.Core.IO;
using PullSecretTasks.Requests;

namespace Cake.PullSecretTasks;

/// <summary>Fluent setters shared by <see cref="PullSecretSettings"/> and <see cref="PullSecretLinkSettings"/>.</summary>
public static class PullSecretClusterSettingsExtensions
{
    /// <summary>Adds namespaces to <see cref="PullSecretClusterSettings.Namespaces"/>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="namespaces">Namespaces. Ex: <c>apps</c></param>
    /// <returns>The same settings, for chaining.</returns>
    public static TSettings WithNamespace<TSettings>(this TSettings settings, params string[] namespaces)
        where TSettings : PullSecretClusterSettings => Set(settings, s => PullSecretSettingsExtensions.Add(s.Namespaces, namespaces));

    /// <summary>Sets <see cref="PullSecretClusterSettings.Kubeconfig"/>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="kubeconfig">The kubeconfig file.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static TSettings WithKubeconfig<TSettings>(this TSettings settings, FilePath kubeconfig)
        where TSettings : PullSecretClusterSettings => Set(settings, s => s.Kubeconfig = kubeconfig);

    /// <summary>Sets <see cref="PullSecretClusterSettings.KubeContext"/>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="context">The kubeconfig context.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static TSettings WithKubeContext<TSettings>(this TSettings settings, string context)
        where TSettings : PullSecretClusterSettings => Set(settings, s => s.KubeContext = context);

    /// <summary>Sets <see cref="PullSecretClusterSettings.DryRun"/>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="mode">The dry-run mode.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static TSettings WithDryRun<TSettings>(this TSettings settings, DryRunMode mode)
        where TSettings : PullSecretClusterSettings => Set(settings, s => s.DryRun = mode);

    /// <summary>Sets <see cref="PullSecretClusterSettings.Timeout"/>.</summary>
    /// <typeparam name="TSettings">The settings type.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="timeout">The time budget for cluster work.</param>
    /// <returns>The same settings, for chaining.</returns>
    public static TSettings WithTimeout<TSettings>(this TSettings settings, TimeSpan timeout)
        where TSettings : PullSecretClusterSettings => Set(settings, s => s.Timeout = timeout);

    internal static TSettings Set<TSettings>(TSettings settings, Action<TSettings> set)
    {
        ArgumentNullException.ThrowIfNull(settings);
        set(settings);
        return settings;
    }
}
