namespace Parley.Store.Queries;

/// <summary>What <c>parley top</c> ranks.</summary>
public enum TopKind
{
    /// <summary>Actor codes, as source or target.</summary>
    Actors,

    /// <summary>Directed (source, target) pairs.</summary>
    Dyads,

    /// <summary>Event codes.</summary>
    Codes,

    /// <summary>Event locations.</summary>
    Places,
}
