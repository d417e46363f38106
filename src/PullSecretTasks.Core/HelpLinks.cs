namespace PullSecretTasks;

/// <summary>Where each error code is explained: the README's error table.</summary>
public static class HelpLinks
{
    /// <summary>Base of every help link.</summary>
    public const string ErrorTable = "https://github.com/pullsecrettasks/pullsecrettasks#error-codes";

    /// <summary>The help link for a code.</summary>
    public static string For(string code) => $"{ErrorTable}-{code.ToLowerInvariant()}";
}
