using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>The thread-safe request log behind <see cref="FakeKubeApiServer.Requests"/>.</summary>
internal sealed class RequestLog
{
    private readonly List<RequestRecord> records = [];
    private long sequence;

    public IReadOnlyList<RequestRecord> Snapshot()
    {
        lock (records)
        {
            return records.ToList();
        }
    }

    public RequestRecord Start(HttpContext http, byte[] body)
    {
        var request = http.Request;
        var isProtobuf = request.ContentType?.StartsWith(ObjectDecoder.Protobuf, StringComparison.OrdinalIgnoreCase) == true;
        var record = new RequestRecord
        {
            Sequence = Interlocked.Increment(ref sequence),
            Timestamp = DateTimeOffset.UtcNow,
            Method = request.Method,
            Path = request.Path.Value ?? "",
            Query = request.QueryString.Value ?? "",
            ContentType = request.ContentType,
            Accept = request.Headers.Accept.ToString() is { Length: > 0 } a ? a : null,
            UserAgent = request.Headers.UserAgent.ToString() is { Length: > 0 } u ? u : null,
            KubectlCommand = request.Headers["Kubectl-Command"].ToString() is { Length: > 0 } k ? k : null,
            AuthorizationScheme = request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth.Split(' ')[0] : null,
            Host = request.Host.Value,
            ImpersonateUser = request.Headers["Impersonate-User"].ToString() is { Length: > 0 } imp ? imp : null,
            BodyWasProtobuf = isProtobuf,
            Body = isProtobuf ? DecodeForLog(body) : Encoding.UTF8.GetString(body),
        };
        lock (records)
        {
            records.Add(record);
        }

        return record;
    }

    public void Clear()
    {
        lock (records)
        {
            records.Clear();
        }
    }

    public void WriteJsonLines(string path)
    {
        var lines = Snapshot().Select(r => new JsonObject
        {
            ["seq"] = r.Sequence, ["time"] = r.Timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["method"] = r.Method, ["path"] = r.Path, ["query"] = r.Query, ["contentType"] = r.ContentType, ["accept"] = r.Accept,
            ["userAgent"] = r.UserAgent, ["kubectlCommand"] = r.KubectlCommand, ["protobuf"] = r.BodyWasProtobuf,
            ["body"] = r.Body, ["status"] = r.StatusCode,
        }.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        File.WriteAllLines(path, lines);
    }

    private static string DecodeForLog(byte[] body)
    {
        try
        {
            return ProtobufDecoder.Decode(body).ToJsonString();
        }
        catch (FormatException ex)
        {
            return $"<undecodable protobuf: {ex.Message}>";
        }
    }
}
