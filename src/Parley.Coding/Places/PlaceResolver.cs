using Parley.Coding.Events;

namespace Parley.Coding.Places;

/// <summary>
/// Picks one place for a name that several places share ("Tripoli": Libya's capital or Lebanon's second city).
/// Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>Rule: the most populous candidate, unless the story context (the ISO3 codes of the countries its actors and
/// places belong to) holds a candidate's country; then the most populous candidate in a context country, as long
/// as the overall largest is not more than <see cref="ContextRatio"/> times larger. With Lebanon in the context,
/// "Tripoli" is Lebanon's (1.3 million against 230,000 is well within the ratio); in a story about Americans,
/// "Paris" stays the French capital (2.1 million against Paris, Texas, 25,000) and "Moscow" stays Russia's, because
/// news names a small town of a famous city's name with its state ("Paris, Texas"), which the caller may add to
/// the context.</para>
/// <para>Equal populations: a country row wins over a city ("Singapore", "Djibouti"), then the first in gazetteer
/// order, so results never depend on anything but the inputs. A country named as a place resolves to the country row:
/// the country's name, code and its capital's coordinates.</para>
/// </remarks>
public sealed class PlaceResolver
{
    /// <summary>The default <see cref="ContextRatio"/>.</summary>
    public const double DefaultContextRatio = 50.0;

    /// <summary>Creates a resolver with <see cref="DefaultContextRatio"/>.</summary>
    public PlaceResolver()
        : this(DefaultContextRatio)
    {
    }

    /// <summary>Creates a resolver whose context candidates lose only to places more than <paramref name="contextRatio"/> times larger.</summary>
    public PlaceResolver(double contextRatio)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(contextRatio, 1.0);
        ContextRatio = contextRatio;
    }

    /// <summary>How many times larger the most populous candidate must be to win over a candidate in a context country.</summary>
    public double ContextRatio { get; }

    /// <summary>The place <paramref name="mention"/> most likely names, as an event location.</summary>
    /// <param name="mention">A place mention from <see cref="PlaceFinder"/>.</param>
    /// <param name="contextCountries">ISO3 codes of the countries of the story's actors and places; null or empty for none.</param>
    public EventLocation Resolve(PlaceMention mention, IReadOnlySet<string>? contextCountries)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return Choose(mention.Candidates, contextCountries)?.ToLocation()
            ?? throw new ArgumentException("the mention has no candidate places", nameof(mention));
    }

    /// <summary>
    /// The location among <paramref name="candidates"/> (from <see cref="Gazetteer.Lookup"/>, say for a dateline), or
    /// null when there are none.
    /// </summary>
    public EventLocation? Resolve(IReadOnlyList<Place> candidates, IReadOnlySet<string>? contextCountries) =>
        Choose(candidates, contextCountries)?.ToLocation();

    /// <summary>The place the rule above picks among <paramref name="candidates"/>; null when there are none.</summary>
    public Place? Choose(IReadOnlyList<Place> candidates, IReadOnlySet<string>? contextCountries)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        Place? best = null;
        Place? bestInContext = null;
        foreach (Place place in candidates)
        {
            if (best is null || Larger(place, best))
            {
                best = place;
            }
            if (contextCountries is { Count: > 0 } && contextCountries.Contains(place.Country) && (bestInContext is null || Larger(place, bestInContext)))
            {
                bestInContext = place;
            }
        }
        if (bestInContext is null || ReferenceEquals(bestInContext, best))
        {
            return best;
        }
        // Populations below one would make every ratio infinite; a town of 0 people is as small as one of 1.
        double ratio = Math.Max(best!.Population, 1) / (double)Math.Max(bestInContext.Population, 1);
        return ratio <= (IsMajor(bestInContext) ? ContextRatio : MinorPlaceRatio) ? bestInContext : best;
    }

    /// <summary>
    /// A small namesake in a story country takes the name only from a place at most this many times larger:
    /// a story about Washington's diplomacy in Geneva means the Swiss city, not Geneva, Illinois (8 times smaller).
    /// </summary>
    public const double MinorPlaceRatio = 5.0;

    /// <summary>A capital or a regional seat of 100,000 people or more ("Tripoli" in Lebanon), or a country.</summary>
    private static bool IsMajor(Place place) =>
        place.IsCountry || (place.FeatureCode is "PPLC" or "PPLA" && place.Population >= 100_000);

    private static bool Larger(Place place, Place current) =>
        place.Population != current.Population ? place.Population > current.Population : place.IsCountry && !current.IsCountry;
}
