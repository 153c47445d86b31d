namespace Parley.Coding.Dictionaries;

/// <summary>A defect found inside one line; the reader's line loop turns it into an error or a warning.</summary>
internal sealed class LineDefectException(string reason) : Exception(reason);
