namespace Parley.Tools.Ontology;

/// <summary>A code CAMEO2PLOVER lists again with different fields; the first listing is kept.</summary>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Kept">The first listing, which is used.</param>
/// <param name="Ignored">The later, different listing.</param>
internal sealed record PloverConflict(string Code, PloverMapping Kept, PloverMapping Ignored);
