namespace Parley.Coding.Places;

/// <summary>A place name found in a sentence: its tokens and every gazetteer place it may stand for.</summary>
/// <param name="FirstToken">Document-wide index of the first token of the name.</param>
/// <param name="EndToken">Document-wide index one past the last token of the name.</param>
/// <param name="Text">The name as written, from the first to the last token.</param>
/// <param name="Candidates">The places of that name, never empty ("Tripoli": Libya's and Lebanon's).</param>
public sealed record PlaceMention(int FirstToken, int EndToken, string Text, IReadOnlyList<Place> Candidates)
{
    /// <summary>True when every candidate is a country row ("in Syria").</summary>
    public bool IsCountry
    {
        get
        {
            foreach (Place place in Candidates)
            {
                if (!place.IsCountry)
                {
                    return false;
                }
            }
            return Candidates.Count > 0;
        }
    }
}
