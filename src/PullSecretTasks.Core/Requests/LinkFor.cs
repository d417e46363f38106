namespace PullSecretTasks.Requests;

/// <summary>Which service-account lists a link touches (<c>oc secrets link --for</c>).</summary>
[Flags]
public enum LinkFor
{
    /// <summary>The verb's default (see <see cref="Options.Defaults"/>).</summary>
    None = 0,

    /// <summary><c>imagePullSecrets</c>: pods pull with it, and OpenShift 4.16+ builds.</summary>
    Pull = 1,

    /// <summary><c>secrets</c>: mountable, and older OpenShift builds.</summary>
    Mount = 2,
}
