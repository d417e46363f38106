namespace PullSecretTasks.Processes;

/// <summary>Why a child process gave no usable answer. Callers turn it into their own PSEC code; no output is kept.</summary>
internal enum ChildFailure
{
    /// <summary>The program is missing, not executable, or its interpreter (#!) is.</summary>
    CannotStart,

    /// <summary>It did not exit within its timeout and was killed.</summary>
    TimedOut,

    /// <summary>It printed more than <see cref="ChildCommand.MaxOutput"/> and was killed.</summary>
    OutputTooLarge,
}

/// <summary>A child process failed in a way its exit code cannot say.</summary>
internal sealed class ChildProcessException(ChildFailure failure, string detail) : Exception(detail)
{
    public ChildFailure Failure { get; } = failure;
}
