namespace Parley.Coding.Dates;

/// <summary>What <see cref="DateWords"/> knows about one word.</summary>
/// <param name="Kind">The word's role.</param>
/// <param name="Value">The value the role gives it (month number, weekday, offset, count, unit or flags).</param>
/// <param name="Abbreviation">
/// True for a short form ("Sat", "Oct", "Sept") that is taken as a date word only when written with its period or
/// in an unambiguous position, because "Sun", "Sat", "Wed" and "Mar" are also ordinary words.
/// </param>
internal readonly record struct DateWord(DateWordKind Kind, int Value, bool Abbreviation = false);
