namespace Parley.Syntax.Training;

/// <summary>The trees a <see cref="Parsing.Relabeller"/> learns from.</summary>
public enum RelabelTreeSource
{
    /// <summary>The gold trees; the first parser's label is then not a feature (it would always be right).</summary>
    Gold,

    /// <summary>The trained parser's own parses of its training sentences (optimistic: it has seen them).</summary>
    Parsed,

    /// <summary>Parses of each fold by a parser trained on the other folds: first-stage errors as on new text.</summary>
    Jackknifed,
}
