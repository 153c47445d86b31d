using Parley.Text;

namespace Parley.Cli;

/// <summary>
/// Reads a whole input (file or standard input) as normalised text. An input whose first 8 KB are mostly control
/// characters or undecodable bytes (an image, an archive, a model file) is refused as binary, as <c>parley code</c>
/// refuses it: parsing it would print megabytes of CoNLL-U for words that are not there.
/// </summary>
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
            return ("stdin", Decode("stdin", buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
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
        return (Path.GetFileName(path), Decode(path, File.ReadAllBytes(path)));
    }

    private static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        if (TextDecoder.LooksBinary(bytes))
        {
            throw new InvalidDataException($"{name}: binary file (more than a tenth of its first {TextDecoder.BinarySampleSize} bytes are control characters or invalid text)");
        }
        return TextDecoder.Decode(bytes);
    }
}
