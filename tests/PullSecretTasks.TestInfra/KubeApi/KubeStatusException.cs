using System.Text.Json.Nodes;

namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>Ends a request with a Status body; thrown anywhere in the request pipeline.</summary>
internal sealed class KubeStatusException(int code, JsonObject status) : Exception(status["message"]?.GetValue<string>())
{
    public int Code { get; } = code;

    public JsonObject Status { get; } = status;
}
