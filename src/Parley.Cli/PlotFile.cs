namespace Parley.Cli;

/// <summary>Writes the SVG chart of <c>--plot FILE</c> for the query commands (<c>dyad</c>, <c>top</c>).</summary>
internal static class PlotFile
{
    /// <summary>
    /// Writes a chart to <paramref name="path"/> through a file beside it that replaces it only when complete, so a
    /// failed run never leaves half a chart where an older one was.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path, "--plot");
        string full = Path.GetFullPath(path);
        string partial = full + ".partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }
            File.Move(partial, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
            throw new IOException($"--plot: {path}: {e.Message}", e);
        }
    }
}
