using System.Net;
using System.Net.Http;
using System.Text;
using k8s;
using k8s.Autorest;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// KubernetesClient's client (its operations, URLs, credentials, TLS and errors unchanged) with the request and
/// response bodies going through <see cref="KubeJson"/> instead of KubernetesClient's all-models JSON context. The two
/// overrides mirror Kubernetes.SendRequest and Kubernetes.CreateResultAsync (kubernetes-client/csharp
/// src/KubernetesClient/Kubernetes.cs); the request still goes out through the base SendRequestRaw, which adds the
/// credentials, the tls-server-name Host header and HttpOperationException for a failed status.
/// </summary>
internal sealed class SlimKubernetes(KubernetesClientConfiguration config, DelegatingHandler[] handlers)
    : k8s.Kubernetes(config, handlers)
{
    private readonly bool http2 = !config.DisableHttp2;

    protected override Task<HttpResponseMessage> SendRequest<T>(
        string relativeUri, HttpMethod method, IReadOnlyDictionary<string, IReadOnlyList<string>> customHeaders, T body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage { Method = method, RequestUri = new Uri(BaseUri, relativeUri) };
        if (http2)
        {
            request.Version = HttpVersion.Version20;
        }
        foreach (var header in customHeaders ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            request.Headers.Remove(header.Key);
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        if (body is null)
        {
            return SendRequestRaw("", request, cancellationToken);
        }
        var content = KubeJson.Serialize(body);
        request.Content = new StringContent(content, Encoding.UTF8);
        request.Content.Headers.ContentType = GetHeader(body);
        return SendRequestRaw(content, request, cancellationToken);
    }

    protected override async Task<HttpOperationResponse<T>> CreateResultAsync<T>(
        HttpRequestMessage httpRequest, HttpResponseMessage httpResponse, bool? watch, CancellationToken cancellationToken)
    {
        var result = new HttpOperationResponse<T> { Request = httpRequest, Response = httpResponse };
        try
        {
            using var stream = await httpResponse.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            result.Body = (await KubeJson.DeserializeAsync<T>(stream, cancellationToken).ConfigureAwait(false))!;
        }
        catch (System.Text.Json.JsonException)
        {
            httpRequest.Dispose();
            httpResponse.Dispose();
            throw;
        }
        return result;
    }
}
