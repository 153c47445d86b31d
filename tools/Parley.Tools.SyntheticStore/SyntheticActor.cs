namespace Parley.Tools.SyntheticStore;

/// <summary>An actor the generator can name: its CAMEO code, the words a story names it with, and its country.</summary>
/// <param name="Code">The actor code (<c>RUSGOV</c>, <c>IGOUNO</c>).</param>
/// <param name="Text">The words that name it in a synthetic sentence ("the government of Russia").</param>
/// <param name="Country">The ISO alpha-3 country of a state actor, or null for an international organisation.</param>
/// <param name="CountryIndex">Its row in <see cref="SyntheticActors"/> (the same for every sector of one country).</param>
/// <param name="SectorIndex">Its sector in <see cref="SyntheticActors"/> (0: the country itself, no sector).</param>
internal sealed record SyntheticActor(string Code, string Text, string? Country, int CountryIndex, int SectorIndex);
