namespace PullSecretTasks;

/// <summary>Placeholder.</summary>
public static class Placeholder;
