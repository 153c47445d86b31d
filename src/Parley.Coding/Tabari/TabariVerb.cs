namespace Parley.Coding.Tabari;

/// <summary>
/// A verb of the verbs file: its default code and its patterns, tried longest first (see
/// <see cref="TabariPattern.Weight"/>); the first pattern that matches gives the code.
/// </summary>
internal sealed class TabariVerb
{
    private readonly List<TabariPattern> written = [];
    private TabariPattern[] ordered = [];

    /// <summary>Creates a verb with its default code.</summary>
    public TabariVerb(string root, TabariCode code)
    {
        Root = root;
        Code = code;
    }

    /// <summary>The root as written, for traces.</summary>
    public string Root { get; }

    /// <summary>The code when no pattern matches.</summary>
    public TabariCode Code { get; }

    /// <summary>The patterns, longest first; equal weights keep their file order.</summary>
    public IReadOnlyList<TabariPattern> Patterns => ordered;

    /// <summary>Adds a pattern while the dictionary is read.</summary>
    public void Add(TabariPattern pattern)
    {
        written.Add(pattern);
        // OrderByDescending is a stable sort, so patterns of equal weight keep the order they were written in.
        ordered = written.OrderByDescending(p => p.Weight).ToArray();
    }
}
