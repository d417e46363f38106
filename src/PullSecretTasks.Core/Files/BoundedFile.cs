namespace PullSecretTasks.Files;

/// <summary>
/// Reads the small files the core is given (auth files, kubeconfigs, token and certificate files) only when they are
/// regular files no larger than <see cref="MaxBytes"/>, checked before reading, so a FIFO, /dev/zero or a runaway file
/// gets a coded error at once instead of a hang or an out-of-memory.
/// </summary>
internal static class BoundedFile
{
    /// <summary>16 MiB: far above any real login or kubeconfig (50,000 registries fit in about 5 MiB).</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>Why <paramref name="path"/> cannot be read, or null when it can; "missing" files are the caller's call.</summary>
    public static string? Problem(string path)
    {
        var (kind, size) = FileStatus.Of(path);
        return kind switch
        {
            FileKind.Missing => "does not exist",
            FileKind.Directory => "is a folder, not a file",
            FileKind.Special => "is not a regular file (a FIFO, socket or device)",
            _ when size > MaxBytes => $"is larger than {MaxBytes / (1024 * 1024)} MiB",
            _ => null,
        };
    }

    /// <summary>The bytes, or the reason they cannot be read (the file may have changed since <see cref="Problem"/>).</summary>
    public static (byte[]? Bytes, string? Problem) Read(string path)
    {
        if (Problem(path) is { } problem)
        {
            return (null, problem);
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                if (copy.Length + n > MaxBytes)
                {
                    return (null, $"is larger than {MaxBytes / (1024 * 1024)} MiB");
                }
                copy.Write(buffer, 0, n);
            }
            return (copy.ToArray(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read ({ex.GetType().Name}); check its permissions");
        }
    }
}
