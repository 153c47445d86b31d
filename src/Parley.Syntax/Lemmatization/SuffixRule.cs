namespace Parley.Syntax.Lemmatization;

/// <summary>A learned suffix rewrite: remove <paramref name="Strip"/> characters, then append <paramref name="Append"/> ("fled": strip 0).</summary>
internal readonly record struct SuffixRule(int Strip, string Append);
