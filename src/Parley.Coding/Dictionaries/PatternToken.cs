using System.Text;

namespace Parley.Coding.Dictionaries;

/// <summary>
/// One element of a verb pattern or synonym-set member. Markers (<c>* $ + ^ %</c>) have their symbol as
/// <see cref="Text"/>; groups have an empty text and hold their content in <see cref="Children"/>.
/// </summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The word, the set name (without <c>&amp;</c>) or the marker symbol; empty for groups.</param>
/// <param name="Exact">
/// A trailing <c>_</c> not followed by another word (<c>RESOLUTION_</c>): in TABARI and PETRARCH the word must
/// match exactly rather than as a stem.
/// </param>
/// <param name="Connected">
/// The token is joined to the next one by <c>_</c> (<c>IN_*</c>, <c>NEW_&amp;TIETYPES_RELATIONS</c>): no word may come
/// between them.
/// </param>
/// <param name="Children">The content of a group; empty for other kinds.</param>
public sealed record PatternToken(PatternTokenKind Kind, string Text, bool Exact, bool Connected, IReadOnlyList<PatternToken> Children)
{
    /// <summary>The token in dictionary syntax, e.g. <c>(TO &amp;TREATY)</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        Append(sb, this);
        return sb.ToString();
    }

    /// <summary>A token sequence in dictionary syntax, e.g. <c>* (TO &amp;TREATY) $</c>.</summary>
    public static string Format(IEnumerable<PatternToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var sb = new StringBuilder();
        AppendSequence(sb, tokens);
        return sb.ToString();
    }

    private static void AppendSequence(StringBuilder sb, IEnumerable<PatternToken> tokens)
    {
        bool joined = true;
        foreach (PatternToken token in tokens)
        {
            if (!joined)
            {
                sb.Append(' ');
            }
            Append(sb, token);
            joined = token.Connected;
        }
    }

    private static void Append(StringBuilder sb, PatternToken token)
    {
        switch (token.Kind)
        {
            case PatternTokenKind.SetReference:
                sb.Append('&').Append(token.Text);
                break;
            case PatternTokenKind.NounPhrase:
                sb.Append('{');
                AppendSequence(sb, token.Children);
                sb.Append('}');
                break;
            case PatternTokenKind.PrepositionalPhrase:
                sb.Append('(');
                AppendSequence(sb, token.Children);
                sb.Append(')');
                break;
            case PatternTokenKind.Alternatives:
                sb.Append("{ ");
                for (int i = 0; i < token.Children.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(" | ");
                    }
                    AppendSequence(sb, token.Children[i].Children);
                }
                sb.Append(" }");
                break;
            case PatternTokenKind.Alternative:
                AppendSequence(sb, token.Children);
                break;
            default:
                sb.Append(token.Text);
                break;
        }
        if (token.Exact || token.Connected)
        {
            sb.Append('_');
        }
    }
}
