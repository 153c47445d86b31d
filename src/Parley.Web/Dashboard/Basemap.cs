using Parley.Coding.Places;

namespace Parley.Web.Dashboard;

/// <summary>
/// A coarse picture of the land for the dashboard's map, made from the gazetteer Parley already ships: the grid cells
/// (2° by 2°) that hold at least one city. Drawn as faint dots, they outline the inhabited continents well enough to
/// place events, with no map tiles or third-party shapes.
/// </summary>
public sealed record Basemap(double Step, IReadOnlyList<double[]> Cells)
{
    /// <summary>The cells of <paramref name="gazetteer"/>'s places at <paramref name="step"/> degrees, as [lat, lon] of each cell's centre.</summary>
    public static Basemap From(Gazetteer gazetteer, double step = 2)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var seen = new HashSet<(int, int)>();
        var cells = new List<double[]>();
        foreach (Place place in gazetteer.Places)
        {
            if (place.IsCountry)
            {
                continue;
            }
            var cell = ((int)Math.Floor(place.Latitude / step), (int)Math.Floor(place.Longitude / step));
            if (seen.Add(cell))
            {
                cells.Add([(cell.Item1 + 0.5) * step, (cell.Item2 + 0.5) * step]);
            }
        }
        cells.Sort((x, y) => x[0] != y[0] ? x[0].CompareTo(y[0]) : x[1].CompareTo(y[1]));
        return new Basemap(step, cells);
    }
}
