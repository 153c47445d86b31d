namespace Parley.Tools.Dictionaries;

/// <summary>One output file: its name under the output directory, its text and a one-line summary.</summary>
internal sealed record GeneratedFile(string Name, string Text, string Summary);
