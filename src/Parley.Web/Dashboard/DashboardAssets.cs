using System.Reflection;

namespace Parley.Web.Dashboard;

/// <summary>
/// The dashboard's files (<c>Dashboard/wwwroot</c>), embedded in the assembly so the server needs no files beside it
/// and serves exactly what was built and tested. Loaded once; each is served with its content type.
/// </summary>
internal sealed class DashboardAssets
{
    private const string Prefix = "Parley.Web.Dashboard.wwwroot.";

    private DashboardAssets(IReadOnlyDictionary<string, (byte[] Content, string Type)> files) => Files = files;

    /// <summary>The files by request path ("/", "/app.js"…).</summary>
    public IReadOnlyDictionary<string, (byte[] Content, string Type)> Files { get; }

    /// <summary>Reads the embedded files of this assembly.</summary>
    public static DashboardAssets Load()
    {
        Assembly assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }
            string file = name[Prefix.Length..];
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            string path = file == "index.html" ? "/" : "/" + file;
            files[path] = (buffer.ToArray(), ContentType(file));
        }
        return new DashboardAssets(files);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
