namespace PullSecretTasks.Kubernetes;

/// <summary>
/// Sends the kubeconfig user's <c>as</c>, <c>as-groups</c> and <c>as-user-extra</c> as impersonation headers, as
/// client-go's ImpersonatingRoundTripper does (transport/round_trippers.go); KubernetesClient has no such option.
/// </summary>
internal sealed class Impersonation(string? user, IReadOnlyList<string> groups, IReadOnlyDictionary<string, IReadOnlyList<string>> extra) : DelegatingHandler
{
    public static Impersonation? For(KubeUser user) =>
        string.IsNullOrEmpty(user.Impersonate) && user.ImpersonateGroups.Count == 0 && user.ImpersonateExtra.Count == 0
            ? null
            : new Impersonation(user.Impersonate, user.ImpersonateGroups, user.ImpersonateExtra);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(user))
        {
            request.Headers.TryAddWithoutValidation("Impersonate-User", user);
        }
        foreach (var group in groups)
        {
            request.Headers.TryAddWithoutValidation("Impersonate-Group", group);
        }
        foreach (var (key, values) in extra)
        {
            request.Headers.TryAddWithoutValidation("Impersonate-Extra-" + Uri.EscapeDataString(key), values);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
