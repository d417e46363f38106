namespace PullSecretTasks.Docker;

/// <summary>What a credential helper answered for one server.</summary>
internal enum HelperAnswerKind
{
    /// <summary>A user name and password.</summary>
    Credentials,

    /// <summary>"credentials not found in native keychain", or empty user and secret on exit 0 (pass 0.6.4).</summary>
    NotFound,

    /// <summary>User name <c>&lt;token&gt;</c>: the secret is an identity token (docker/docker-credential-helpers credentials/credentials.go; docker/cli cli/config/credentials/native_store.go tokenUsername).</summary>
    IdentityToken,
}

/// <summary>A helper's answer. <see cref="Secret"/> is credential material and is never logged.</summary>
internal sealed record HelperAnswer(HelperAnswerKind Kind, string Username = "", string Secret = "")
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"{Kind} {Username}";
}

/// <summary>
/// Runs <c>docker-credential-NAME</c>. The seam lets unit tests answer without processes; the real one is
/// <see cref="CredentialHelperProcess"/>. Failures throw <see cref="PullSecretException"/> (PSEC1007–1010).
/// </summary>
internal interface ICredentialHelper
{
    /// <summary><c>get</c>: the server URL goes to stdin.</summary>
    HelperAnswer Get(string helper, string serverUrl, CancellationToken cancellationToken);

    /// <summary><c>list</c>: server URL to user name.</summary>
    IReadOnlyDictionary<string, string> List(string helper, CancellationToken cancellationToken);
}
