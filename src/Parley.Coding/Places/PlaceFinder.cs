using Parley.Text;

namespace Parley.Coding.Places;

/// <summary>
/// Finds place names in a sentence: the longest gazetteer name at each capitalised token, kept when the text around
/// it reads like a place. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// A name counts when
/// <list type="bullet">
/// <item>its first token (and its last, when that is a word) starts with a capital letter: "nice", "mobile" and
/// "split" in lower case are words, not cities;</item>
/// <item>it is not part of a longer proper name: the token right after it is not capitalised ("Florence
/// Nightingale", "New York Times", "Kyiv Mayor") unless it says what kind of place it is or is a weekday ("Aleppo
/// Province", "in Paris Tuesday"), and the token right before it is not capitalised ("Fidel Castro", "President
/// Santos") unless it is a preposition, an article, a conjunction or a direction ("In Aleppo", "East
/// Jerusalem");</item>
/// <item>it is not on the stop list of common words, given names and politicians' surnames (see
/// <see cref="PlaceWords"/>), unless a locative preposition ("in", "at", "near", "outside", "from", "to", ...)
/// stands right before it, and not on the short never list (months, regions and states that share a town's name,
/// companies: "in March", "in Florida", "at Toyota");</item>
/// <item>a short all-capital token (three letters or fewer, like "UN") matches only a name written the same way
/// ("US", "UK"), and an acronym name matches only when written in capitals ("Us" is not the United States).</item>
/// </list>
/// Headlines in title case or capitals lose most of their places to the longer-name rule; that is the price of not
/// reading "New York Times" or "Florence Nightingale" as places.
/// </remarks>
public sealed class PlaceFinder
{
    private const int MaximumAcronymLetters = 3;

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a finder over <paramref name="gazetteer"/>.</summary>
    public PlaceFinder(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
    }

    /// <summary>The place names among tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>), in text order.</summary>
    public IReadOnlyList<PlaceMention> Find(Document document, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endToken, document.TokenCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstToken, endToken);
        List<PlaceMention>? found = null;
        int t = firstToken;
        while (t < endToken)
        {
            if (!StartsWithCapital(document.TokenText(t)))
            {
                t++;
                continue;
            }
            int end = _gazetteer.MatchLongest(document, t, endToken, out IReadOnlyList<Place> candidates);
            IReadOnlyList<Place>? accepted = end < 0 ? null : Accept(document, t, end, firstToken, endToken, candidates);
            if (accepted is null)
            {
                t++;
                continue;
            }
            string text = document.Text[document.TokenStarts[t]..document.TokenEnds[end - 1]];
            // A copy, so that no caller can reach the gazetteer's own lists.
            (found ??= []).Add(new PlaceMention(t, end, text, [.. accepted]));
            t = end;
        }
        return found ?? (IReadOnlyList<PlaceMention>)[];
    }

    /// <summary>The candidates of the name at tokens [start, end) when the context lets it count, else null.</summary>
    private static IReadOnlyList<Place>? Accept(Document document, int start, int end, int firstToken, int endToken, IReadOnlyList<Place> candidates)
    {
        ReadOnlySpan<char> last = document.TokenText(end - 1);
        if (last.Length > 0 && char.IsLetter(last[0]) && !StartsWithCapital(last))
        {
            return null;
        }
        if (end < endToken && StartsWithCapital(document.TokenText(end)) && !PlaceWords.MayFollowName(document.TokenText(end)))
        {
            return null;
        }
        bool afterLocative = false;
        if (start > firstToken)
        {
            ReadOnlySpan<char> previous = document.TokenText(start - 1);
            if (StartsWithCapital(previous) && !PlaceWords.MayPrecedeName(previous))
            {
                return null;
            }
            afterLocative = PlaceWords.IsLocative(previous);
        }
        if (end - start == 1)
        {
            ReadOnlySpan<char> token = document.TokenText(start);
            if (PlaceWords.IsNeverName(token) || (!afterLocative && PlaceWords.IsStopName(token)))
            {
                return null;
            }
            return FilterAcronyms(token, candidates);
        }
        return candidates;
    }

    // "UN" is not Un (India) and "Us" is not the US: a short all-capital token or name must be written alike.
    private static IReadOnlyList<Place>? FilterAcronyms(ReadOnlySpan<char> token, IReadOnlyList<Place> candidates)
    {
        bool tokenIsAcronym = IsAcronym(token);
        List<Place>? kept = null;
        bool allKept = true;
        foreach (Place place in candidates)
        {
            bool keep = tokenIsAcronym ? place.HasNameWrittenAs(token) : !OnlyAcronymMatches(place, token);
            if (keep)
            {
                (kept ??= []).Add(place);
            }
            else
            {
                allKept = false;
            }
        }
        return allKept ? candidates : kept;
    }

    // True when every name of the place that the token matches (ignoring case) is an acronym written otherwise.
    private static bool OnlyAcronymMatches(Place place, ReadOnlySpan<char> token)
    {
        if (token.Length > MaximumAcronymLetters + 3)
        {
            return false;
        }
        if (token.Equals(place.Name, StringComparison.OrdinalIgnoreCase) || token.Equals(place.AsciiName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (string other in place.OtherNames)
        {
            if (token.Equals(other, StringComparison.OrdinalIgnoreCase) && !IsAcronym(other))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True for two or three letters, all capitals, with dots allowed ("UN", "US", "U.S.").</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
            else if (c != '.')
            {
                return false;
            }
        }
        return letters >= 2 && letters <= MaximumAcronymLetters;
    }

    /// <summary>True when the first character is an upper-case (or title-case) letter.</summary>
    internal static bool StartsWithCapital(ReadOnlySpan<char> text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || char.GetUnicodeCategory(text[0]) == System.Globalization.UnicodeCategory.TitlecaseLetter);
}
