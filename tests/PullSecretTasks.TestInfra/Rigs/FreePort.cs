using System.Net;
using System.Net.Sockets;

namespace PullSecretTasks.TestInfra.Rigs;

/// <summary>Probes a free loopback port by binding port 0. Never hard-code ports: a stray listener answers silently.</summary>
public static class FreePort
{
    /// <summary>Returns a port that was free a moment ago; callers retry if the child then fails to bind it.</summary>
    public static int Next()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)listener.LocalEndPoint!).Port;
    }
}
