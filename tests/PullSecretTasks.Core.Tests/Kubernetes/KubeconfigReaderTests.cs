using PullSecretTasks.Kubernetes;

namespace PullSecretTasks.Core.Tests.Kubernetes;

public sealed class KubeconfigReaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("psec-kc-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void ReadsClustersUsersContextsAndResolvesRelativePathsAgainstTheFile()
    {
        // arrange
        var path = Path.Combine(dir, "config");
        File.WriteAllText(path, """
            apiVersion: v1
            kind: Config
            current-context: dev
            clusters:
            - name: c1
              cluster:
                server: https://api.example.com:6443
                certificate-authority: certs/ca.crt
                insecure-skip-tls-verify: true
                tls-server-name: api.internal
            users:
            - name: u1
              user:
                client-certificate: /abs/client.crt
                client-key-data: S0VZ
                token: t0ken
                exec:
                  apiVersion: client.authentication.k8s.io/v1beta1
                  command: ./bin/plugin
                  args: [get-token, --cluster, c1]
                  env:
                  - name: FOO
                    value: bar
            contexts:
            - name: dev
              context: {cluster: c1, user: u1, namespace: apps}
            """);

        // act
        var config = KubeconfigReader.Read(path, File.ReadAllText(path));

        // assert
        Assert.Equal("dev", config.CurrentContext);
        var cluster = Assert.Single(config.Clusters).Value;
        Assert.Equal("https://api.example.com:6443", cluster.Server);
        Assert.Equal(Path.Combine(dir, "certs", "ca.crt"), cluster.CertificateAuthority);
        Assert.True(cluster.InsecureSkipTlsVerify);
        Assert.Equal("api.internal", cluster.TlsServerName);
        var user = Assert.Single(config.Users).Value;
        Assert.Equal("/abs/client.crt", user.ClientCertificate);
        Assert.Equal("S0VZ", user.ClientKeyData);
        Assert.Equal("t0ken", user.Token);
        Assert.Equal(Path.Combine(dir, "bin", "plugin"), user.Exec!.Command);
        Assert.Equal(["get-token", "--cluster", "c1"], user.Exec.Arguments);
        Assert.Equal(KeyValuePair.Create("FOO", "bar"), Assert.Single(user.Exec.Environment));
        var context = Assert.Single(config.Contexts).Value;
        Assert.Equal(("c1", "u1", "apps"), (context.Cluster, context.User, context.Namespace));
    }

    [Fact]
    public void AnEmptyFileHasNothingAndAnExecCommandWithoutASlashStaysOnThePath()
    {
        // arrange
        var empty = Path.Combine(dir, "empty");
        File.WriteAllText(empty, "");
        var exec = Path.Combine(dir, "exec");
        File.WriteAllText(exec, "users:\n- name: u\n  user:\n    exec:\n      command: gke-gcloud-auth-plugin\n");

        // act
        var none = KubeconfigReader.Read(empty, "");
        var onPath = KubeconfigReader.Read(exec, File.ReadAllText(exec));

        // assert
        Assert.Empty(none.Contexts);
        Assert.Null(none.CurrentContext);
        Assert.Equal("gke-gcloud-auth-plugin", Assert.Single(onPath.Users).Value.Exec!.Command);
    }

    [Fact]
    public void BrokenYamlIsACodedErrorNamingTheFile()
    {
        // arrange
        var path = Path.Combine(dir, "broken");
        File.WriteAllText(path, "clusters: [\n  - : :\n");

        // act
        var error = Assert.Throws<PullSecretException>(() => KubeconfigFiles.Load([path]));

        // assert
        Assert.Equal(ErrorCodes.KubeconfigInvalid, error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
