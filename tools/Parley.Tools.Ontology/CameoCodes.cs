namespace Parley.Tools.Ontology;

/// <summary>Checks on CAMEO code strings and the Phoenix quad class of a root.</summary>
internal static class CameoCodes
{
    /// <summary>True when <paramref name="code"/> is 2–4 ASCII digits whose first two form a root 01–20.</summary>
    public static bool IsValid(string code)
    {
        if (code.Length < 2 || code.Length > 4)
        {
            return false;
        }
        foreach (char c in code)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }
        int root = RootNumber(code);
        return root >= 1 && root <= 20;
    }

    /// <summary>
    /// Phoenix quad class of the code's root: 01–02 → 0 (neutral/verbal statements), 03–05 → 1 (verbal
    /// cooperation), 06–08 → 2 (material cooperation), 09–13 → 3 (verbal conflict), 14–20 → 4 (material conflict).
    /// </summary>
    public static int QuadClass(string code)
    {
        int root = RootNumber(code);
        return root switch
        {
            <= 2 => 0,
            <= 5 => 1,
            <= 8 => 2,
            <= 13 => 3,
            _ => 4,
        };
    }

    private static int RootNumber(string code) => ((code[0] - '0') * 10) + (code[1] - '0');
}
