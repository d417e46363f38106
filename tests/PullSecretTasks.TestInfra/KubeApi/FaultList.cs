namespace PullSecretTasks.TestInfra.KubeApi;

/// <summary>The faults of one server; thread-safe. The first matching fault with hits left applies.</summary>
public sealed class FaultList
{
    private readonly List<Fault> faults = [];
    private readonly Dictionary<(string Verb, string Resource), bool> forbidden = [];

    /// <summary>Adds a fault; returns it so a test can read <see cref="Fault.Hits"/>.</summary>
    public Fault Add(Fault fault)
    {
        lock (faults)
        {
            faults.Add(fault);
        }

        return fault;
    }

    /// <summary>Removes every fault and forbidden verb.</summary>
    public void Clear()
    {
        lock (faults)
        {
            faults.Clear();
            forbidden.Clear();
        }
    }

    internal void Forbid(string verb, string resource)
    {
        lock (faults)
        {
            forbidden[(verb, resource)] = true;
        }
    }

    internal bool IsForbidden(string verb, string resource)
    {
        lock (faults)
        {
            return forbidden.ContainsKey((verb, resource));
        }
    }

    internal Fault? Match(string method, string path)
    {
        lock (faults)
        {
            return faults.FirstOrDefault(f => f.TryHit(method, path));
        }
    }
}
