using System.Text.Json;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>
/// A real credential helper: <c>docker-credential-pass</c> over <c>pass</c>, with a batch-made gpg key (empty
/// passphrase) in a private GNUPGHOME and a private PASSWORD_STORE_DIR. Disposing stops the gpg agent.
/// </summary>
public sealed class PassCredentialStore : IAsyncDisposable
{
    private PassCredentialStore(string gnupgHome, string passwordStoreDirectory, string fingerprint)
    {
        GnupgHome = gnupgHome;
        PasswordStoreDirectory = passwordStoreDirectory;
        Fingerprint = fingerprint;
    }

    /// <summary>The private <c>GNUPGHOME</c>.</summary>
    public string GnupgHome { get; }

    /// <summary>The private <c>PASSWORD_STORE_DIR</c>.</summary>
    public string PasswordStoreDirectory { get; }

    /// <summary>The fingerprint of the generated key.</summary>
    public string Fingerprint { get; }

    /// <summary>The variables every process that talks to this store needs (docker, pullsecret, the helper).</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["GNUPGHOME"] = GnupgHome,
        ["PASSWORD_STORE_DIR"] = PasswordStoreDirectory,
    };

    /// <summary>Creates the key and initialises the store under <paramref name="directory"/> (about 0.5 s).</summary>
    public static async Task<PassCredentialStore> CreateAsync(string directory, CancellationToken cancellationToken = default)
    {
        var gpg = Prerequisites.Require("gpg", "apt-get install gnupg");
        var pass = Prerequisites.Require("pass", "apt-get install pass");
        Prerequisites.Require("gpgconf", "apt-get install gnupg");
        Prerequisites.Require("docker-credential-pass", "apt-get install golang-docker-credential-helpers");

        var gnupgHome = Path.Combine(directory, "gnupg");
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("pass and docker-credential-pass are Linux tools.");
        }

        // gpg refuses a GNUPGHOME that others can read.
        Directory.CreateDirectory(gnupgHome, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var store = new PassCredentialStore(gnupgHome, Path.Combine(directory, "password-store"), string.Empty);

        // future-default = ed25519 + cv25519: generated instantly, unlike the rsa3072 default.
        (await store.RunAsync(gpg, ["--batch", "--pinentry-mode", "loopback", "--passphrase", "",
            "--quick-gen-key", "E2E Test <e2e@example.invalid>", "future-default", "default", "never"], null, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        var keys = (await store.RunAsync(gpg, ["--batch", "--list-keys", "--with-colons"], null, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        var fingerprint = keys.StandardOutput.Split('\n').First(line => line.StartsWith("fpr:", StringComparison.Ordinal)).Split(':')[9];
        (await store.RunAsync(pass, ["init", fingerprint], null, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
        return new PassCredentialStore(gnupgHome, store.PasswordStoreDirectory, fingerprint);
    }

    /// <summary>Stores a credential through <c>docker-credential-pass store</c>, as docker login would.</summary>
    public async Task StoreAsync(string server, string user, string secret, CancellationToken cancellationToken = default)
    {
        var payload = JsonSerializer.Serialize(new Dictionary<string, string> { ["ServerURL"] = server, ["Username"] = user, ["Secret"] = secret });
        (await RunHelperAsync("store", payload, cancellationToken).ConfigureAwait(false)).EnsureSuccess();
    }

    /// <summary>Runs <c>docker-credential-pass get</c> for <paramref name="server"/> and returns the raw result.</summary>
    public Task<ProcessResult> GetAsync(string server, CancellationToken cancellationToken = default) =>
        RunHelperAsync("get", server, cancellationToken);

    /// <summary>Runs <c>docker-credential-pass list</c>.</summary>
    public Task<ProcessResult> ListAsync(CancellationToken cancellationToken = default) =>
        RunHelperAsync("list", null, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var gpgconf = Prerequisites.Find("gpgconf");
        if (gpgconf is not null)
        {
            await RunAsync(gpgconf, ["--kill", "gpg-agent"], null, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private Task<ProcessResult> RunHelperAsync(string verb, string? input, CancellationToken cancellationToken) =>
        RunAsync(Prerequisites.Require("docker-credential-pass", "apt-get install golang-docker-credential-helpers"), [verb], input, cancellationToken);

    private Task<ProcessResult> RunAsync(string program, IReadOnlyList<string> arguments, string? input, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, string?>(Environment)
        {
            ["PATH"] = Prerequisites.HostPath,
            ["HOME"] = Path.GetDirectoryName(GnupgHome),
        };
        return ProcessRunner.RunAsync(
            program,
            arguments,
            new ProcessOptions { StandardInput = input, Environment = variables, CleanEnvironment = true, Timeout = TimeSpan.FromSeconds(30) },
            cancellationToken);
    }
}
