using System.Runtime.InteropServices;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// On Linux, .NET builds every TLS chain with the machine's whole trust store loaded first (dotnet/runtime
/// System.Security.Cryptography OpenSslX509ChainProcessor.InitiateChain calls CachedSystemStoreProvider.GetNativeCollections),
/// even with CustomRootTrust: about 100 ms of parsing /etc/ssl/certs for a kubeconfig that names its own CA. The loader
/// takes its paths from SSL_CERT_FILE and SSL_CERT_DIR through OpenSSL's getenv, so a process that trusts only that CA
/// can point both at nothing before its first handshake. That store plays no part in trusting the API server (only its
/// CA does, CustomRootTrust), and the setting is process-wide: hence only in a process that is ours alone (the CLI,
/// after any registry probe that needs the system trust), never inside MSBuild or Cake.
/// </summary>
internal static partial class SystemTrustStore
{
    private static int skipped;

    public static void SkipForThisProcess()
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref skipped, 1) == 1)
        {
            return;
        }
        // Neither is a regular file or a folder, so the loader finds nothing and, the variables being set, does not
        // fall back to /etc/ssl/certs (CachedSystemStoreProvider.LoadMachineStores).
        _ = SetEnv("SSL_CERT_FILE", "/dev/null", 1);
        _ = SetEnv("SSL_CERT_DIR", "/nonexistent/pullsecret-kubeconfig-ca-only", 1);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
