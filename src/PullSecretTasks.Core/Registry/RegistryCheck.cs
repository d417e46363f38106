using System.Net;
using System.Net.Http.Headers;
using PullSecretTasks.Docker;
using PullSecretTasks.Logging;
using PullSecretTasks.Options;

namespace PullSecretTasks.Registry;

/// <summary>
/// The checks of one credential: the challenge of <c>GET /v2/</c> (distribution docs/content/spec/api.md, "API Version
/// Check"), then, to verify, what docker login does with it (docker/cli, moby registry/auth.go loginV2): Basic sent to
/// <c>/v2/</c> directly, or a token from the Bearer realm (<see cref="TokenClient"/>) sent to <c>/v2/</c>; with an image
/// on this registry, a <c>HEAD</c> of its manifest with a token scoped to pull it.
/// </summary>
internal sealed class RegistryCheck(RegistryCredential credential, RegistryCheckOptions options, RegistryHttp http, ILog log)
{
    private static readonly string[] ManifestTypes =
    [
        "application/vnd.oci.image.index.v1+json", "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json", "application/vnd.docker.distribution.manifest.v2+json",
    ];

    private readonly RegistryEndpoint endpoint = RegistryEndpoint.For(credential.Registry, options.Insecure);
    private string Name => credential.Registry.Name;

    /// <summary>Runs the checks; returns the token host to add for delegated auth, or null.</summary>
    public async Task<RegistryName?> RunAsync(CancellationToken ct)
    {
        var (root, answer) = await ProbeAsync(ct).ConfigureAwait(false);
        if (answer.IsSuccess)
        {
            log.Verbose($"Registry {Name} asks for no credentials ({root}v2/ answers {(int)answer.Status}): there is nothing to verify or delegate.");
            return null;
        }
        var bearer = answer.Challenges.FirstOrDefault(c => c.Is("Bearer") && c["realm"] is not null);
        var basic = answer.Challenges.FirstOrDefault(c => c.Is("Basic"));
        if (answer.Status != HttpStatusCode.Unauthorized || (bearer is null && basic is null))
        {
            throw Failed($"{root}v2/ answered HTTP {(int)answer.Status} without a Basic or Bearer challenge, which a registry answers with 401");
        }
        Uri? realm = null;
        if (bearer is not null && (!Uri.TryCreate(bearer["realm"], UriKind.Absolute, out realm) || realm.Scheme is not ("https" or "http")))
        {
            throw Failed($"its Bearer challenge names the realm \"{bearer["realm"]}\", which is not an http or https URL");
        }
        var delegated = realm is null ? null : DelegatedHost(realm);
        if (options.Verify)
        {
            try
            {
                await VerifyAsync(root, realm, bearer, ct).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                // The registry answered the probe, then the token realm or a later request failed on the network.
                throw Failed($"a request of the check failed: {Reason(ex)}", unreachable: true);
            }
            if (delegated is not null && !options.DelegatedAuth)
            {
                log.Warn(ErrorCodes.DelegatedAuthSuggested,
                    $"Registry {Name} sends token requests to {delegated.Name} ({realm}); OpenShift's image importer looks credentials up by that host too, so the secret should hold an entry for it.",
                    [Setting.DelegatedAuth]);
            }
        }
        return delegated;
    }

    private async Task VerifyAsync(Uri root, Uri? realm, AuthChallenge? bearer, CancellationToken ct)
    {
        var image = options.ImageOn(credential.Registry);
        AuthenticationHeaderValue authorization;
        if (realm is null)
        {
            authorization = RegistryHttp.Basic(credential.Username, credential.Password);
        }
        else
        {
            var insecureRealm = RegistryEndpoint.IsInsecure(realm.Authority, options.Insecure);
            if (realm.Scheme != "https" && !insecureRealm)
            {
                throw Failed($"its token realm {realm} is plain HTTP on a host that is not loopback or listed as insecure, so the credential is not sent there");
            }
            var (token, refusal) = await TokenClient.FetchAsync(http, realm, insecureRealm, bearer!["service"], image?.PullScope,
                credential.Username, credential.Password, ct).ConfigureAwait(false);
            if (token is null)
            {
                throw refusal is null ? TimedOut(realm)
                    : refusal.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? Refused(refusal.Status, realm)
                    : Failed($"its token realm {realm} answered HTTP {(int)refusal.Status}");
            }
            authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var v2 = new Uri(root, "v2/");
        var checkedRoot = await http.SendAsync(HttpMethod.Get, v2, endpoint.Insecure, authorization, null, null, ct).ConfigureAwait(false)
            ?? throw TimedOut(v2);
        if (!checkedRoot.IsSuccess)
        {
            throw checkedRoot.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                ? Refused(checkedRoot.Status, v2)
                : Failed($"{v2} answered HTTP {(int)checkedRoot.Status} with the credential");
        }
        log.Verbose($"Registry {Name} accepts user {credential.Username} ({credential.Source}).");
        if (image is not null)
        {
            await CheckPullAsync(root, image, authorization, ct).ConfigureAwait(false);
        }
    }

    private async Task CheckPullAsync(Uri root, ImageReference image, AuthenticationHeaderValue authorization, CancellationToken ct)
    {
        var manifest = new Uri(root, $"v2/{image.Repository}/manifests/{image.Reference}");
        var answer = await http.SendAsync(HttpMethod.Head, manifest, endpoint.Insecure, authorization, null, ManifestTypes, ct).ConfigureAwait(false)
            ?? throw TimedOut(manifest);
        if (answer.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new PullSecretException(ErrorCodes.PullDenied,
                $"Registry {Name} accepts user {credential.Username} ({credential.Source}) but denies it pull access to {image} (HTTP {(int)answer.Status}). Nothing was written to the cluster. Grant the user pull access to {image.Repository}, or log in with a credential that has it.",
                Setting.Image);
        }
        log.Verbose(answer.Status == HttpStatusCode.NotFound
            ? $"Registry {Name} lets user {credential.Username} read {image.Repository}; {image} is not there yet."
            : $"Registry {Name} lets user {credential.Username} pull {image} (HTTP {(int)answer.Status}).");
    }

    // GET /v2/ without credentials: over HTTPS, and for an insecure name then over HTTP (moby registry/endpoint_v2.go).
    private async Task<(Uri Root, RegistryHttp.Answer Answer)> ProbeAsync(CancellationToken ct)
    {
        string? reason = null;
        foreach (var root in endpoint.Bases)
        {
            try
            {
                var answer = await http.SendAsync(HttpMethod.Get, new Uri(root, "v2/"), endpoint.Insecure, null, null, null, ct).ConfigureAwait(false)
                    ?? throw TimedOut(new Uri(root, "v2/"));
                return (root, answer);
            }
            catch (HttpRequestException ex)
            {
                reason = $"{root}v2/: {Reason(ex)}";
            }
        }
        throw Failed(reason!, unreachable: true);
    }

    // Only a realm on another host needs its own entry; Docker Hub's auth.docker.io is the one every importer knows
    // (openshift/library-go pkg/image/registryclient credentials special-case it), and credentials go only to HTTPS
    // or to a loopback or insecure-listed realm.
    private RegistryName? DelegatedHost(Uri realm)
    {
        var host = realm.Authority.ToLowerInvariant();
        if (credential.Registry.IsDockerHub || host == endpoint.Host || host == credential.Registry.Host)
        {
            return null;
        }
        return realm.Scheme == "https" || RegistryEndpoint.IsInsecure(host, options.Insecure) ? RegistryName.TryParse(host) : null;
    }

    private static string Reason(HttpRequestException ex) => ex.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the name does not resolve",
        HttpRequestError.ConnectionError => "the connection failed",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed (is its certificate trusted on this machine?)",
        _ => "no HTTP answer",
    };

    private PullSecretException Refused(HttpStatusCode status, Uri url) => new(ErrorCodes.RegistryRefused,
        $"Registry {Name} refuses user {credential.Username} ({credential.Source}): HTTP {(int)status} from {url.GetLeftPart(UriPartial.Path)}. Nothing was written to the cluster. Log in to {Name} again: the password or token is wrong, expired or revoked.");

    private PullSecretException TimedOut(Uri url) => new(ErrorCodes.RegistryCheckFailed,
        $"Could not check registry {Name}: {url.GetLeftPart(UriPartial.Path)} did not answer in time. Nothing was written to the cluster.",
        Setting.Timeout, Skip);

    private PullSecretException Failed(string what, bool unreachable = false) => new(ErrorCodes.RegistryCheckFailed,
        $"Could not {(unreachable ? "reach" : "check")} registry {Name}: {what}. Nothing was written to the cluster. Check the registry name and the network{(endpoint.Insecure ? "" : ", list the registry as insecure if it serves plain HTTP")}, or leave out the check.",
        endpoint.Insecure ? [Skip] : [Setting.InsecureRegistries, Skip]);

    private Setting Skip => options.Verify ? Setting.Verify : Setting.DelegatedAuth;
}
