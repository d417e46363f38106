using System.Security.Cryptography.X509Certificates;
using k8s;
using k8s.Models;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// In a process that is not ours alone (MSBuild, Cake), the first request pays for JIT-compiling the API objects'
/// serializers and for .NET loading the machine's trust store on its first TLS chain; started on another core while
/// the kubeconfig and the login output are read, that work is mostly done by the time the first request goes out.
/// The CLI, natively compiled and skipping the store, needs none of it.
/// </summary>
internal static class Prewarm
{
    public static Task Start() => Task.Run(() =>
    {
        try
        {
            var secret = KubeJson.Serialize(new V1Secret { Metadata = new V1ObjectMeta { Name = "warm" }, Data = new Dictionary<string, byte[]>() });
            _ = KubeJson.Deserialize<V1Secret>(secret);
            _ = KubeJson.Deserialize<V1ServiceAccount>("{\"metadata\":{\"name\":\"warm\"},\"secrets\":[],\"imagePullSecrets\":[]}");
            _ = KubeJson.Deserialize<V1Status>("{\"kind\":\"Status\",\"code\":404}");
            using var chain = new X509Chain();
            using var key = System.Security.Cryptography.ECDsa.Create();
            using var self = new CertificateRequest("CN=warm", key, System.Security.Cryptography.HashAlgorithmName.SHA256)
                .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            _ = chain.Build(self);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start: whatever fails here fails again, properly reported, on the real path.
        }
    });
}
