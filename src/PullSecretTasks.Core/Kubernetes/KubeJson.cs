using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using k8s.Models;

namespace PullSecretTasks.Kubernetes;

/// <summary>
/// JSON for the few API objects we send and read, with KubernetesClient's own settings (camelCase names from the
/// models' JsonPropertyName attributes, nulls left out, RFC 3339 times: kubernetes-client/csharp
/// src/KubernetesClient.Aot/SourceGenerationContext.cs and KubernetesJson.cs). KubernetesClient's context covers every
/// model of the API: one reference to it put all of them, with their serializers, into the native tool (23 MB, most
/// of its start-up spent rehydrating that data; 11 MB and about 7 ms less per run without). This one holds what a
/// pull secret needs.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(KubeJson.Rfc3339Converter)])]
[JsonSerializable(typeof(V1Secret))]
[JsonSerializable(typeof(V1ServiceAccount))]
[JsonSerializable(typeof(V1Status))]
[JsonSerializable(typeof(V1DeleteOptions))]
// managedFields[].fieldsV1 is typed object: it reads as a JsonElement and has to be written back as one.
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class KubeJson : JsonSerializerContext
{
    /// <summary>The serializer metadata for <typeparamref name="T"/>; an object outside the set is a bug here.</summary>
    public static JsonTypeInfo<T> Info<T>() =>
        Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not among the API objects PullSecretTasks serializes (KubeJson).");

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Info<T>());

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, Info<T>());

    public static ValueTask<T?> DeserializeAsync<T>(Stream json, CancellationToken ct) => JsonSerializer.DeserializeAsync(json, Info<T>(), ct);

    /// <summary>
    /// metav1.Time: RFC 3339, read with up to nine fractional digits (Go's RFC3339Nano) and written in UTC as Go writes
    /// it, "2006-01-02T15:04:05Z" (k8s.io/apimachinery pkg/apis/meta/v1/time.go MarshalJSON), with microseconds only
    /// when the value had a fraction, so what was read goes back unchanged.
    /// </summary>
    internal sealed class Rfc3339Converter : JsonConverter<DateTime>
    {
        private const string Seconds = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'";
        private const string Micro = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.ffffff'Z'";

        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException("a time is null");
            // .NET parses at most seven fractional digits; Go writes up to nine (RFC3339Nano).
            var dot = text.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0)
            {
                var end = dot + 1;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }
                if (end - dot - 1 > 7)
                {
                    text = string.Concat(text.AsSpan(0, dot + 8), text.AsSpan(end));
                }
            }
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
                ? time.UtcDateTime
                : throw new JsonException($"\"{text}\" is not an RFC 3339 time");
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
        {
            var utc = value.ToUniversalTime();
            writer.WriteStringValue(utc.ToString(utc.Ticks % TimeSpan.TicksPerSecond == 0 ? Seconds : Micro, CultureInfo.InvariantCulture));
        }
    }
}
