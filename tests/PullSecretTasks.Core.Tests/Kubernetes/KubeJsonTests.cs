using System.Text;
using k8s.Models;
using PullSecretTasks.Kubernetes;

namespace PullSecretTasks.Core.Tests.Kubernetes;

public sealed class KubeJsonTests
{
    [Fact]
    public void ASecretIsWrittenAsKubernetesClientWritesItCamelCaseWithoutNullsAndDataInBase64()
    {
        // arrange
        var secret = new V1Secret
        {
            ApiVersion = "v1",
            Kind = "Secret",
            Metadata = new V1ObjectMeta { Name = "pull", NamespaceProperty = "ns1", Labels = new Dictionary<string, string> { ["a"] = "b" } },
            Type = "kubernetes.io/dockerconfigjson",
            Data = new Dictionary<string, byte[]> { [".dockerconfigjson"] = Encoding.UTF8.GetBytes("{}") },
        };

        // act
        var json = KubeJson.Serialize(secret);

        // assert
        Assert.Equal(
            "{\"apiVersion\":\"v1\",\"data\":{\".dockerconfigjson\":\"e30=\"},\"kind\":\"Secret\",\"metadata\":{\"labels\":{\"a\":\"b\"},\"name\":\"pull\",\"namespace\":\"ns1\"},\"type\":\"kubernetes.io/dockerconfigjson\"}",
            json);
    }

    [Theory]
    [InlineData("2026-12-04T19:43:01Z", "2026-12-04T19:43:01Z")]
    [InlineData("2026-12-04T19:43:01.123456Z", "2026-12-04T19:43:01.123456Z")]
    [InlineData("2026-12-04T19:43:01.123456789Z", "2026-12-04T19:43:01.123456Z")]
    [InlineData("2026-12-04T21:43:01.5+02:00", "2026-12-04T19:43:01.500000Z")]
    public void TimesAreReadUpToNanosecondsAndWrittenBackInUtcAsGoWritesThem(string sent, string written)
    {
        // arrange
        var json = $"{{\"metadata\":{{\"name\":\"pull\",\"creationTimestamp\":\"{sent}\"}}}}";

        // act
        var secret = KubeJson.Deserialize<V1Secret>(json)!;
        var again = KubeJson.Serialize(secret);

        // assert
        Assert.Equal(DateTimeKind.Utc, secret.Metadata.CreationTimestamp!.Value.Kind);
        Assert.Equal($"{{\"metadata\":{{\"creationTimestamp\":\"{written}\",\"name\":\"pull\"}}}}", again);
    }

    [Fact]
    public void AnAccountKeepsFieldsItDoesNotKnowOutOfTheWayAndItsListsInOrder()
    {
        // arrange: managedFields carry a free-form fieldsV1 object, which has to survive a read and a write back
        const string Json = """
            {"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"builder","managedFields":[{"manager":"m","operation":"Update","fieldsV1":{"f:secrets":{}}}]},
             "secrets":[{"name":"a"},{"name":"b"}],"imagePullSecrets":[{"name":"b"},{"name":"a"}],"future":1}
            """;

        // act
        var account = KubeJson.Deserialize<V1ServiceAccount>(Json)!;
        var again = KubeJson.Serialize(account);

        // assert
        Assert.Equal(["a", "b"], account.Secrets.Select(s => s.Name));
        Assert.Equal(["b", "a"], account.ImagePullSecrets.Select(s => s.Name));
        Assert.Contains("\"fieldsV1\":{\"f:secrets\":{}}", again, StringComparison.Ordinal);
    }

    [Fact]
    public void AnObjectOutsideTheSetIsAClearBugNotASilentReflectionFallback()
    {
        // act
        var ex = Assert.Throws<NotSupportedException>(() => KubeJson.Serialize(new V1Pod()));

        // assert
        Assert.Contains("V1Pod", ex.Message, StringComparison.Ordinal);
    }
}
