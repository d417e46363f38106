namespace PullSecretTasks;

/// <summary>
/// Every PSEC code in one place. Ranges: 0xxx input validation and MSBuild targets, 1xxx docker login output
/// and credential helpers, 2xxx Kubernetes, 3xxx CLI usage, 9xxx cancellation and bugs. docs/errors.md has one
/// section per code, which <see cref="HelpLink"/> points at.
/// </summary>
public static class ErrorCodes
{
    /// <summary>Where the codes are explained, one heading each.</summary>
    public const string Documentation = "https://github.com/pullsecrettasks/pullsecrettasks/blob/main/docs/errors.md";

    /// <summary>The help link of a code: its heading in docs/errors.md (GitHub anchors are the lower-cased heading).</summary>
    public static string HelpLink(string code) => $"{Documentation}#{code.ToLowerInvariant()}";

    /// <summary>.NET Framework MSBuild older than 18 cannot run the .NET tasks.</summary>
    public const string MSBuildTooOld = "PSEC0002";
    /// <summary>No registry was named.</summary>
    public const string NoRegistry = "PSEC0003";
    /// <summary>The secret name is not a valid RFC 1123 subdomain.</summary>
    public const string InvalidSecretName = "PSEC0004";
    /// <summary>A namespace is not a valid RFC 1123 label.</summary>
    public const string InvalidNamespace = "PSEC0005";
    /// <summary>Unsupported secret type.</summary>
    public const string InvalidSecretType = "PSEC0006";
    /// <summary>Options that cannot be combined, or a malformed value.</summary>
    public const string InvalidOption = "PSEC0007";
    /// <summary>A registry name that cannot be parsed.</summary>
    public const string InvalidRegistry = "PSEC0008";

    /// <summary>An explicit docker config path does not exist.</summary>
    public const string AuthFileNotFound = "PSEC1001";
    /// <summary>An auth file is not valid JSON or has the wrong shape.</summary>
    public const string AuthFileInvalid = "PSEC1002";
    /// <summary>A requested registry has no credentials.</summary>
    public const string RegistryNotFound = "PSEC1003";
    /// <summary>An <c>auth</c> value is not base64 of user:password.</summary>
    public const string AuthValueInvalid = "PSEC1004";
    /// <summary>The decoded user name is empty.</summary>
    public const string EmptyUserName = "PSEC1005";
    /// <summary>Only an identity token or registry token is stored, which the kubelet cannot use.</summary>
    public const string TokenOnly = "PSEC1006";
    /// <summary>docker-credential-NAME is not on PATH.</summary>
    public const string HelperMissing = "PSEC1007";
    /// <summary>A credential helper failed.</summary>
    public const string HelperFailed = "PSEC1008";
    /// <summary>A credential helper did not answer in time.</summary>
    public const string HelperTimeout = "PSEC1009";
    /// <summary>A credential helper printed something that is not its JSON answer.</summary>
    public const string HelperBadOutput = "PSEC1010";
    /// <summary>A credential helper has no credentials for the registry.</summary>
    public const string HelperNotFound = "PSEC1011";
    /// <summary>No docker, podman or skopeo login output was found at all.</summary>
    public const string NoLogin = "PSEC1012";
    /// <summary>The password environment variable is unset or empty.</summary>
    public const string PasswordEnvMissing = "PSEC1013";
    /// <summary>Standard input held no password.</summary>
    public const string PasswordStdinEmpty = "PSEC1014";
    /// <summary>--all-registries found nothing usable.</summary>
    public const string NoUsableRegistries = "PSEC1015";
    /// <summary>Verify: the registry or its token realm refused the credential (401/403); nothing was written.</summary>
    public const string RegistryRefused = "PSEC1016";
    /// <summary>Verify or delegated auth: the registry could not be reached or answered unlike a registry; nothing was written.</summary>
    public const string RegistryCheckFailed = "PSEC1017";
    /// <summary>Verify: the credential authenticates but may not pull the image; nothing was written.</summary>
    public const string PullDenied = "PSEC1018";

    /// <summary>Warning: the kubelet ignores Opaque secrets for image pulls.</summary>
    public const string OpaqueWarning = "PSEC1101";
    /// <summary>Warning: an entry was skipped (token-only or failing helper) under --all-registries.</summary>
    public const string EntrySkipped = "PSEC1102";
    /// <summary>Warning: a key appears twice in an auth file; the last one wins, as in Go.</summary>
    public const string DuplicateKey = "PSEC1103";
    /// <summary>Warning: XDG_RUNTIME_DIR names a folder that does not exist.</summary>
    public const string RuntimeDirMissing = "PSEC1104";
    /// <summary>Warning: the credential put in the secret expires (a cloud login's short-lived token).</summary>
    public const string ShortLivedCredential = "PSEC1105";
    /// <summary>Warning: builder is linked for mount only, which OpenShift 4.16+ builds do not read.</summary>
    public const string BuilderMountOnly = "PSEC1106";
    /// <summary>Warning: verify saw a token realm on another host, and delegated auth is off.</summary>
    public const string DelegatedAuthSuggested = "PSEC1107";

    /// <summary>The kubeconfig is missing, unreadable, or lacks the named context.</summary>
    public const string KubeconfigInvalid = "PSEC2001";

    /// <summary>A secret of that name exists and was not created by pullsecret.</summary>
    public const string SecretNotOurs = "PSEC2002";
    /// <summary>The existing secret has another type or is immutable.</summary>
    public const string SecretIncompatible = "PSEC2003";
    /// <summary>A service account did not appear within the timeout.</summary>
    public const string ServiceAccountNotFound = "PSEC2004";
    /// <summary>A secret to link does not exist.</summary>
    public const string SecretToLinkMissing = "PSEC2005";
    /// <summary>401: the kubeconfig's credentials were rejected.</summary>
    public const string Unauthorized = "PSEC2006";
    /// <summary>403: RBAC forbids the request.</summary>
    public const string Forbidden = "PSEC2007";
    /// <summary>The namespace does not exist.</summary>
    public const string NamespaceNotFound = "PSEC2008";
    /// <summary>Another 404.</summary>
    public const string NotFound = "PSEC2009";
    /// <summary>409 after every retry.</summary>
    public const string Conflict = "PSEC2010";
    /// <summary>422: the API server refused the object.</summary>
    public const string Invalid = "PSEC2011";
    /// <summary>429/5xx/timeouts/dropped connections past the time budget, or another status.</summary>
    public const string ServerError = "PSEC2012";
    /// <summary>The API server cannot be reached.</summary>
    public const string Unreachable = "PSEC2013";
    /// <summary>The kubeconfig's exec credential plugin failed, timed out or answered with something else than an ExecCredential.</summary>
    public const string ExecPluginFailed = "PSEC2014";

    /// <summary>The run was cancelled.</summary>
    public const string Cancelled = "PSEC9998";
    /// <summary>An unexpected failure (a bug): please report it.</summary>
    public const string Unexpected = "PSEC9999";

    /// <summary>Command-line usage error.</summary>
    public const string Usage = "PSEC3001";
}
