using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace PullSecretTasks.PackageTests;

/// <summary>
/// A tiny single-layer linux/amd64 OCI image, built in memory and pushed over the registry HTTP API (opencontainers/image-spec, distribution spec push):
/// enough for the SDK's container targets to build on; it is never run.
/// </summary>
internal static class OciBaseImage
{
    public static async Task PushAsync(Uri registry, string user, string password, string repository, string tag, CancellationToken ct)
    {
        var tar = LayerTar();
        var layer = Gzip(tar);
        var config = Encoding.UTF8.GetBytes(
            "{\"created\":\"1970-01-01T00:00:00Z\",\"architecture\":\"amd64\",\"os\":\"linux\"," +
            "\"config\":{\"Env\":[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"],\"WorkingDir\":\"/\"}," +
            $"\"rootfs\":{{\"type\":\"layers\",\"diff_ids\":[\"{Digest(tar)}\"]}},\"history\":[{{\"created\":\"1970-01-01T00:00:00Z\",\"created_by\":\"test\"}}]}}");
        var manifest = Encoding.UTF8.GetBytes(
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\"," +
            $"\"config\":{{\"mediaType\":\"application/vnd.oci.image.config.v1+json\",\"digest\":\"{Digest(config)}\",\"size\":{config.Length}}}," +
            $"\"layers\":[{{\"mediaType\":\"application/vnd.oci.image.layer.v1.tar+gzip\",\"digest\":\"{Digest(layer)}\",\"size\":{layer.Length}}}]}}");

        using var http = new HttpClient { BaseAddress = registry, Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        foreach (var blob in new[] { config, layer })
        {
            using var start = await http.PostAsync(new Uri($"v2/{repository}/blobs/uploads/", UriKind.Relative), null, ct);
            Expect(start, HttpStatusCode.Accepted);
            var location = start.Headers.Location!;
            var target = location.IsAbsoluteUri ? location : new Uri(registry, location);
            var separator = target.Query.Length > 0 ? "&" : "?";
            using var body = new ByteArrayContent(blob);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var put = await http.PutAsync(new Uri($"{target}{separator}digest={Digest(blob)}"), body, ct);
            Expect(put, HttpStatusCode.Created);
        }
        using var content = new ByteArrayContent(manifest);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.oci.image.manifest.v1+json");
        using var response = await http.PutAsync(new Uri($"v2/{repository}/manifests/{tag}", UriKind.Relative), content, ct);
        Expect(response, HttpStatusCode.Created);
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected {(int)status}.");
        }
    }

    private static byte[] LayerTar()
    {
        using var stream = new MemoryStream();
        using (var writer = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true))
        {
            var dirs = new (string Name, UnixFileMode Mode)[] { ("etc/", Dir), ("tmp/", Dir | UnixFileMode.OtherWrite | UnixFileMode.GroupWrite | UnixFileMode.StickyBit), ("app/", Dir), ("usr/", Dir), ("usr/bin/", Dir) };
            foreach (var (name, mode) in dirs)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, name) { Mode = mode, ModificationTime = DateTimeOffset.UnixEpoch });
            }
            AddFile(writer, "etc/os-release", "NAME=\"e2e-minimal\"\nID=e2e\n");
            AddFile(writer, "etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1654:1654::/app:/bin/sh\n");
            AddFile(writer, "etc/group", "root:x:0:\napp:x:1654:\n");
        }
        return stream.ToArray();
    }

    private const UnixFileMode Dir = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    private static void AddFile(TarWriter writer, string name, string text) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
            ModificationTime = DateTimeOffset.UnixEpoch,
            DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)),
        });

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }

    private static string Digest(byte[] data) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(data));
}
