using System.Runtime.InteropServices;

namespace PullSecretTasks.Files;

/// <summary>What a path is, without opening it: opening a FIFO blocks and reading /dev/zero never ends.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a dangling symbolic link).</summary>
    Missing,

    /// <summary>A regular file (after following symbolic links).</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO, socket or device.</summary>
    Special,
}

/// <summary>Reads a path's type and size with statx(2) on Linux and stat(2) on macOS; elsewhere from FileInfo.</summary>
internal static unsafe partial class FileStatus
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1, StatxSize = 0x200;
    private const int TypeMask = 0xF000, Regular = 0x8000, Folder = 0x4000;

    /// <summary>The kind of <paramref name="path"/> and, for a regular file, its size in bytes.</summary>
    public static (FileKind Kind, long Size) Of(string path)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var buffer = stackalloc byte[256];
                if (Statx(AtFdCwd, path, 0, StatxType | StatxSize, buffer) != 0)
                {
                    return (FileKind.Missing, 0);
                }
                return Classify(*(ushort*)(buffer + 28), (long)*(ulong*)(buffer + 40));
            }
            if (OperatingSystem.IsMacOS())
            {
                var buffer = stackalloc byte[256];
                if (Stat(path, buffer) != 0)
                {
                    return (FileKind.Missing, 0);
                }
                return Classify(*(ushort*)(buffer + 4), *(long*)(buffer + 96));
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // An old C library without statx: fall back to what FileInfo knows.
        }
        var info = new FileInfo(path);
        if (info.Attributes.HasFlag(FileAttributes.Directory) && Directory.Exists(path))
        {
            return (FileKind.Directory, 0);
        }
        if (!info.Exists)
        {
            return (FileKind.Missing, 0);
        }
        return info.Attributes.HasFlag(FileAttributes.Device) ? (FileKind.Special, 0) : (FileKind.Regular, info.Length);
    }

    private static (FileKind, long) Classify(ushort mode, long size) => (mode & TypeMask) switch
    {
        Regular => (FileKind.Regular, size),
        Folder => (FileKind.Directory, 0),
        _ => (FileKind.Special, 0),
    };

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, byte* buffer);
}
