using PullSecretTasks.Logging;

namespace PullSecretTasks.Docker;

/// <summary>One place docker login output may be, in search order.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format">How to read it.</param>
/// <param name="Origin">Why it is searched, for messages (e.g. "REGISTRY_AUTH_FILE").</param>
internal sealed record AuthFileCandidate(string Path, AuthFileFormat Format, string Origin);

/// <summary>
/// The search order (docs/credentials.md): an explicit path alone; else REGISTRY_AUTH_FILE alone (podman,
/// containers/common auth.go); else $DOCKER_CONFIG/config.json alone (docker, and podman's CLI); else the
/// merged list of containers/image getAuthFilePaths: the runtime auth.json, the config auth.json,
/// ~/.docker/config.json and the legacy ~/.dockercfg.
/// </summary>
internal static class AuthFileLocator
{
    public static IReadOnlyList<AuthFileCandidate> Locate(string? explicitPath, RunnerEnvironment env, ILog log)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return [Explicit(explicitPath)];
        }
        if (env.Get("REGISTRY_AUTH_FILE") is { } authFile)
        {
            return [new AuthFileCandidate(authFile, FormatOf(authFile), "REGISTRY_AUTH_FILE")];
        }
        if (env.Get("DOCKER_CONFIG") is { } dockerConfig)
        {
            return [new AuthFileCandidate(Path.Combine(dockerConfig, "config.json"), AuthFileFormat.Modern, "DOCKER_CONFIG")];
        }
        var list = new List<AuthFileCandidate>();
        if (RuntimeAuthFile(env, log) is { } runtime)
        {
            list.Add(runtime);
        }
        var home = env.Home;
        var configHome = env.Get("XDG_CONFIG_HOME") ?? (home is null ? null : Path.Combine(home, ".config"));
        if (configHome is not null)
        {
            list.Add(new AuthFileCandidate(Path.Combine(configHome, "containers", "auth.json"), AuthFileFormat.Modern, "podman"));
        }
        if (home is not null)
        {
            list.Add(new AuthFileCandidate(Path.Combine(home, ".docker", "config.json"), AuthFileFormat.Modern, "docker"));
            list.Add(new AuthFileCandidate(Path.Combine(home, ".dockercfg"), AuthFileFormat.Legacy, "legacy"));
        }
        return list;
    }

    private static AuthFileCandidate Explicit(string path)
    {
        if (Directory.Exists(path))
        {
            var file = Path.Combine(path, "config.json");
            if (!File.Exists(file))
            {
                throw new PullSecretException(ErrorCodes.AuthFileNotFound,
                    $"The folder {path} holds no config.json. Point to the file that docker, podman or skopeo login wrote, or log in with DOCKER_CONFIG={path}.");
            }
            return new AuthFileCandidate(file, AuthFileFormat.Modern, "explicit");
        }
        if (!File.Exists(path))
        {
            throw new PullSecretException(ErrorCodes.AuthFileNotFound,
                $"The docker config {path} does not exist. Check the path, or omit it to search the usual places.");
        }
        return new AuthFileCandidate(path, FormatOf(path), "explicit");
    }

    private static AuthFileFormat FormatOf(string path) =>
        Path.GetFileName(path) == ".dockercfg" ? AuthFileFormat.Legacy : AuthFileFormat.Modern;

    // containers/image getPathToAuthWithOS: XDG_RUNTIME_DIR set but missing is skipped with a warning;
    // unset means /run/containers/UID on Linux; other systems use ~/.config, already in the list.
    private static AuthFileCandidate? RuntimeAuthFile(RunnerEnvironment env, ILog log)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        if (env.Get("XDG_RUNTIME_DIR") is { } runtimeDir)
        {
            if (!Directory.Exists(runtimeDir))
            {
                log.Warn(ErrorCodes.RuntimeDirMissing,
                    $"XDG_RUNTIME_DIR={runtimeDir} does not exist; skipping its containers/auth.json. Create the folder or unset XDG_RUNTIME_DIR.");
                return null;
            }
            return new AuthFileCandidate(Path.Combine(runtimeDir, "containers", "auth.json"), AuthFileFormat.Modern, "podman");
        }
        return env.UserId is { } uid
            ? new AuthFileCandidate($"/run/containers/{uid}/auth.json", AuthFileFormat.Modern, "podman")
            : null;
    }
}
