namespace Parley.Coding.Coding;

/// <summary>
/// Composes a governing verb with the coded event of its infinitive complement, following how CAMEO mirrors
/// its material roots in the intent (03), rejection (12) and threat (13) roots:
/// "agreed to meet" (036 from 04), "refused to release the prisoners" (1243 from 084), "threatened to impose
/// sanctions" (1312 from 163).
/// </summary>
internal static class CodeComposer
{
    /// <summary>The intent-to-cooperate code for an embedded event code ("agreed to meet": 040 → 036).</summary>
    public static string Intent(string code) => Prefix(code, 3) switch
    {
        "061" => "0311",
        "062" => "0312",
        "063" => "0313",
        "064" => "0314",
        "070" => "033",
        "071" => "0331",
        "072" => "0332",
        "073" => "0333",
        "074" => "0334",
        "081" => "0351",
        "082" => "0352",
        "083" => "034",
        "084" => "0353",
        "085" => "0354",
        "086" => "0355",
        "087" => "0356",
        "045" => "039",
        _ => Prefix(code, 2) switch
        {
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "08" => "035",
            _ => "030",
        },
    };

    /// <summary>The rejection code for a refused event ("refused to meet": 040 → 125).</summary>
    public static string Refusal(string code) => Prefix(code, 3) switch
    {
        "061" => "1211",
        "062" => "1212",
        "081" => "1241",
        "082" => "1242",
        "083" => "123",
        "084" => "1243",
        "085" => "1244",
        "086" => "1245",
        "087" => "1246",
        "045" => "126",
        _ => Prefix(code, 2) switch
        {
            "04" => "125",
            "06" => "121",
            "07" => "122",
            "08" => "124",
            _ => "120",
        },
    };

    /// <summary>
    /// The rejection code for a cooperative deed (roots 03–08) declared not to happen ("will not accept the
    /// quota": 030 → 120; "would not release the prisoners": 084 → 1243), else null: "will not attack" is no
    /// rejection.
    /// </summary>
    public static string? Refused(string? code) => RootNumber(code) is >= 3 and <= 8 ? Refusal(code!) : null;

    /// <summary>The threat code for a threatened event ("threatened to impose sanctions": 163 → 1312).</summary>
    public static string Threat(string code) => Prefix(code, 3) switch
    {
        "161" => "1313",
        "162" => "1311",
        "163" => "1312",
        "164" => "134",
        "165" => "135",
        "166" => "136",
        "172" => "132",
        "191" => "1381",
        "192" => "1382",
        "204" => "1385",
        _ => Prefix(code, 2) switch
        {
            "14" => "133",
            "15" => "138",
            "16" => "131",
            "17" => "137",
            "18" => "1383",
            "19" => code.Length >= 3 && code[2] >= '3' ? "1384" : "138",
            "20" => "1383",
            _ => "130",
        },
    };

    /// <summary>The CAMEO root of <paramref name="code"/> as a number (12 for "1243"), or null when it does not start with two digits.</summary>
    public static int? RootNumber(string? code) =>
        code is { Length: >= 2 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? (code[0] - '0') * 10 + (code[1] - '0') : null;

    /// <summary>True for an assault, a fight or mass violence (CAMEO 18–20): "killed", "shelled", "bombed".</summary>
    public static bool IsViolence(string? code) => RootNumber(code) is >= 18 and <= 20;

    /// <summary>True for codes of force and coercion (roots 14–20), whose announcement is a threat.</summary>
    public static bool IsForce(string code) => RootNumber(code) >= 14;

    /// <summary>The demand for a deed ("Sudan must return the helicopter": 0841 → 10; a meeting 108, aid 103).</summary>
    public static string Demand(string? code) => code is null ? "100" : Prefix(code, 3) switch
    {
        "087" => code.StartsWith("0871", StringComparison.Ordinal) ? "107" : "106",
        "083" => "104",
        "045" => "105",
        _ => Prefix(code, 2) switch
        {
            "04" => "108",
            "07" => "103",
            "09" => "101",
            _ => "100",
        },
    };

    /// <summary>
    /// The code of announcing a future deed: cooperation (roots 04–08) is an intent to cooperate (03x), force and
    /// coercion (roots 14–20) a threat (13x); other announcements (statements, demands, rejections) have no code
    /// of their own and give null.
    /// </summary>
    public static string? Announced(string? code) => RootNumber(code) switch
    {
        >= 4 and <= 8 => Intent(code!),
        >= 14 => Threat(code!),
        _ => null,
    };

    private static string Prefix(string code, int length) => code.Length >= length ? code[..length] : code;
}
