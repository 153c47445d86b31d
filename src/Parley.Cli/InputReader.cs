using Parley.Text;

namespace Parley.Cli;

/// <summary>Reads a whole input (file or standard input) as normalised text.</summary>
internal static class InputReader
{
    /// <summary>Maximum input size accepted in one piece.</summary>
    public const long MaxBytes = 1L << 30;

    /// <summary>The argument that stands for standard input ("-" on the command line is mapped to it).</summary>
    public const string StandardInputName = "<stdin>";

    public static (string Name, string Text) ReadText(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "-" || path == StandardInputName)
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return ("stdin", TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        }
        if (Directory.Exists(path))
        {
            throw new IOException($"{path}: is a directory, expected a text file");
        }
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file");
        }
        long size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            throw new IOException($"{path}: {size} bytes is larger than the {MaxBytes >> 20} MB limit");
        }
        return (Path.GetFileName(path), TextDecoder.Decode(File.ReadAllBytes(path)));
    }
}
