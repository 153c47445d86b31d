namespace Parley.Text.Stories;

/// <summary>
/// The file-system and stream operations of <see cref="StoryReader"/>, each turning an I/O error into
/// a one-line reason. They live outside the reader's iterators because C# iterators cannot
/// <c>yield</c> inside a try block that has a catch clause.
/// </summary>
internal static class InputFiles
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        // Hidden covers dot-files and dot-directories on Unix (.git, editor swap files).
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>All files below <paramref name="directory"/> in ordinal path order, or null with a reason.</summary>
    public static List<string>? List(string directory, out string? error)
    {
        try
        {
            var files = new List<string>(Directory.EnumerateFiles(directory, "*", Recursive));
            // Ordinal, so a run over the same tree reads stories in the same order on any machine.
            files.Sort(StringComparer.Ordinal);
            error = null;
            return files;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Opens <paramref name="path"/> for sequential reading, or returns null with a reason.</summary>
    public static FileStream? Open(string path, out string? error)
    {
        try
        {
            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (FileNotFoundException)
        {
            error = "no such file or directory";
        }
        catch (DirectoryNotFoundException)
        {
            error = "no such file or directory";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
        }
        return null;
    }

    /// <summary>Reads one line (null at the end); returns a reason instead of throwing on I/O errors.</summary>
    public static string? ReadLine(TextReader reader, out string? line)
    {
        try
        {
            line = reader.ReadLine();
            return null;
        }
        catch (IOException e)
        {
            line = null;
            return e.Message;
        }
    }

    /// <summary>Reads and decodes the rest of <paramref name="stream"/>, or returns a reason when it cannot.</summary>
    public static string? ReadAll(Stream stream, long maxBytes, out string text)
    {
        text = "";
        string? error = ReadAllBytes(stream, maxBytes, out MemoryStream buffer);
        if (error == null)
        {
            text = TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        buffer.Dispose();
        return error;
    }

    /// <summary>Reads the rest of <paramref name="stream"/> undecoded, or returns a reason when it cannot.</summary>
    public static string? ReadAllBytes(Stream stream, long maxBytes, out MemoryStream buffer)
    {
        buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        try
        {
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    return $"larger than the {maxBytes >> 20} MB limit for one story";
                }
                buffer.Write(chunk, 0, n);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
        return null;
    }
}
