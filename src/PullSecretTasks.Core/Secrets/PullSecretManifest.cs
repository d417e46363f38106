namespace PullSecretTasks.Secrets;

/// <summary>
/// The Secret the core writes: one per namespace. <see cref="Data"/> holds credentials; it goes to the
/// cluster, or to stdout when the user asks for -o json|yaml, and nowhere else.
/// </summary>
public sealed class PullSecretManifest
{
    /// <summary>The label every secret we create carries, so later runs know it is ours.</summary>
    public const string ManagedByLabel = "app.kubernetes.io/managed-by";

    /// <summary>The value of <see cref="ManagedByLabel"/>.</summary>
    public const string ManagedByValue = "pullsecret";

    internal PullSecretManifest(string name, string @namespace, string type, IReadOnlyDictionary<string, byte[]> data)
    {
        Name = name;
        Namespace = @namespace;
        Type = type;
        Data = data;
    }

    /// <summary>metadata.name.</summary>
    public string Name { get; }

    /// <summary>metadata.namespace.</summary>
    public string Namespace { get; }

    /// <summary>The secret type.</summary>
    public string Type { get; }

    /// <summary>Data keys to raw bytes (not base64), one key.</summary>
    public IReadOnlyDictionary<string, byte[]> Data { get; }

    /// <summary>metadata.labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; } =
        new Dictionary<string, string> { [ManagedByLabel] = ManagedByValue };

    /// <summary>Names the secret, never its data.</summary>
    public override string ToString() => $"secret/{Name} in {Namespace} ({Type})";
}
