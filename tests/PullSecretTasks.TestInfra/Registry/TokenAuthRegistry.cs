using PullSecretTasks.TestInfra.Rigs;

namespace PullSecretTasks.TestInfra.Registry;

/// <summary>
/// A real Distribution registry on 127.0.0.1 with token auth whose realm is <see cref="TestTokenIssuer"/> on
/// 127.0.0.2: the delegated-auth shape of registry.connect.redhat.com and sso.redhat.com, on loopback. Users:
/// <see cref="Reader"/> may pull and push, <see cref="NoAccess"/> authenticates but is granted nothing.
/// </summary>
public sealed class TokenAuthRegistry : IAsyncDisposable
{
    /// <summary>A user who may pull and push every repository.</summary>
    public const string Reader = "reader";

    /// <summary>A user whose credential is valid but who is granted no repository.</summary>
    public const string NoAccess = "noaccess";

    private TokenAuthRegistry(TestTokenIssuer issuer, LoopbackRegistry registry, string password)
    {
        Issuer = issuer;
        Registry = registry;
        Password = password;
    }

    /// <summary>The token server on 127.0.0.2.</summary>
    public TestTokenIssuer Issuer { get; }

    /// <summary>The registry on 127.0.0.1.</summary>
    public LoopbackRegistry Registry { get; }

    /// <summary>The password of both users.</summary>
    public string Password { get; }

    /// <summary>The realm's host as a secret key: <c>127.0.0.2:PORT</c>.</summary>
    public string RealmHost => Issuer.Realm.Authority;

    /// <summary>Starts the issuer, then the registry trusting it.</summary>
    public static async Task<TokenAuthRegistry> StartAsync(string directory, string password, CancellationToken cancellationToken = default)
    {
        var users = new Dictionary<string, (string, string[])>
        {
            [Reader] = (password, ["pull", "push"]),
            [NoAccess] = (password, []),
        };
        var issuer = await TestTokenIssuer.StartAsync(Path.Combine(directory, "issuer"), users).ConfigureAwait(false);
        try
        {
            var auth = new TokenAuth(issuer.Realm, TestTokenIssuer.Service, TestTokenIssuer.Issuer, issuer.RootCertBundlePath);
            var registry = await LoopbackRegistry.StartAsync(Path.Combine(directory, "registry"), cancellationToken: cancellationToken, tokenAuth: auth).ConfigureAwait(false);
            return new TokenAuthRegistry(issuer, registry, password);
        }
        catch
        {
            await issuer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Registry.DisposeAsync().ConfigureAwait(false);
        await Issuer.DisposeAsync().ConfigureAwait(false);
    }
}
