namespace Parley.Coding.Tabari;

/// <summary>The actors a pattern's actor tokens found: the source ($), the target (+), compounds (%) and skipped actors (^).</summary>
internal sealed class TabariBindings
{
    /// <summary>The bindings in the order made, undone when matching backtracks.</summary>
    public List<(TabariElementKind Kind, List<TabariItem> Unit)> Made { get; } = [];

    /// <summary>The unit bound to <c>$</c>, or null.</summary>
    public List<TabariItem>? Source => Made.LastOrDefault(b => b.Kind == TabariElementKind.Source).Unit;

    /// <summary>The unit bound to <c>+</c>, or null.</summary>
    public List<TabariItem>? Target => Made.LastOrDefault(b => b.Kind == TabariElementKind.Target).Unit;

    /// <summary>The units bound to <c>%</c>.</summary>
    public IEnumerable<List<TabariItem>> Compounds => Made.Where(b => b.Kind == TabariElementKind.Compound).Select(b => b.Unit);

    /// <summary>The items of the units bound to <c>^</c>, which are neither source nor target.</summary>
    public HashSet<TabariItem> Skipped => Made.Where(b => b.Kind == TabariElementKind.Skip).SelectMany(b => b.Unit).ToHashSet();
}
