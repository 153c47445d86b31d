namespace Parley.Coding.Evaluation;

/// <summary>Reads an event gold file, choosing the layout by extension: <c>.json</c> is PLOVER, <c>.csv</c> the ICEWS codebook.</summary>
public static class GoldReader
{
    /// <summary>The layout of <paramref name="path"/>; an unknown extension is an error naming the file.</summary>
    /// <exception cref="InvalidDataException">The extension is neither .json nor .csv.</exception>
    public static GoldFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => GoldFormat.Plover,
            ".csv" => GoldFormat.IcewsCodebook,
            _ => throw new InvalidDataException(
                $"{path}: unknown gold format (expected .json for PLOVER records or .csv for the ICEWS CAMEO codebook)"),
        };
    }

    /// <summary>Reads <paramref name="path"/> in the layout its extension names.</summary>
    /// <exception cref="GoldFormatException">The file is malformed.</exception>
    public static GoldSet Read(string path) => FormatOf(path) switch
    {
        GoldFormat.Plover => PloverGoldReader.Read(path),
        _ => IcewsCodebookReader.Read(path),
    };
}
