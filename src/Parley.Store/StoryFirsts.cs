using DuckDB.NET.Data;
using Parley.Coding.Events;

namespace Parley.Store;

/// <summary>
/// The keys already seen in the story being written, for the first-in-story flags of schema version 2: whether an
/// event is the first of its story with its source actor, target actor, (source, target) pair, code and place. Actors
/// count on either side, so a story naming RUS as target and then as source flags only the first. Counting the
/// flagged rows of a key gives its number of distinct stories in one scan (see <see cref="Queries.TopQuery"/>).
/// </summary>
internal sealed class StoryFirsts
{
    private readonly HashSet<string> _actors = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _dyads = [];
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _places = [];

    /// <summary>Forgets the keys seen: the next event starts a new story.</summary>
    public void Clear()
    {
        _actors.Clear();
        _dyads.Clear();
        _codes.Clear();
        _places.Clear();
    }

    /// <summary>Appends the five flags of <paramref name="e"/> (the last columns of <c>events</c>) and records its keys.</summary>
    public void Append(IDuckDBAppenderRow row, CodedEvent e)
    {
        string? source = e.Source?.Code;
        string? target = e.Target?.Code;
        // HashSet.Add is true for a key not seen yet: the flag itself. The source is recorded before the target is tested.
        bool newSource = source is not null && _actors.Add(source);
        bool newTarget = target is not null && _actors.Add(target);
        bool newDyad = source is not null && target is not null && _dyads.Add((source, target));
        bool newCode = _codes.Add(e.Code);
        bool newPlace = e.Location is { } place && _places.Add((place.Name, place.Country));
        row.AppendValue(newSource).AppendValue(newTarget).AppendValue(newDyad).AppendValue(newCode).AppendValue(newPlace);
    }
}
