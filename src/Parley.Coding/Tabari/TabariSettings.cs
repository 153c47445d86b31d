using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Coding.Tabari;

/// <summary>
/// The TABARI options that change coding, read from a record's option settings (keys as the suite reader writes
/// them: <c>CODE BY</c>, <c>COMPLEX</c>, <c>DEFAULT</c>, <c>COMMA</c>, <c>MINIMUM WORDS</c>, <c>CONVERT AGENT</c>,
/// <c>FORWARD</c>, <c>TIME SHIFT</c>). Unset options take TABARI's defaults.
/// </summary>
internal sealed partial record TabariSettings
{
    /// <summary>TABARI's default minimum number of words for a sentence to be coded.</summary>
    public const int DefaultMinimumWords = 8;

    /// <summary>How many events a sentence gives.</summary>
    public TabariCodingMode Mode { get; init; } = TabariCodingMode.Clause;

    /// <summary><c>COMPLEX: VERBS[n]</c>: a sentence with this many verbs or more is complex; 0 for no limit.</summary>
    public int MaximumVerbs { get; init; }

    /// <summary><c>COMPLEX: CONJ[n]</c>: a sentence with this many clause conjunctions or more is complex; 0 for no limit.</summary>
    public int MaximumConjunctions { get; init; }

    /// <summary><c>COMPLEX: NOACTPRIOR</c>: a sentence whose first coded verb has no actor before it is complex.</summary>
    public bool NoActorPrior { get; init; }

    /// <summary><c>DEFAULT: SOURCE [X]</c>: the source when none is found, or null.</summary>
    public string? DefaultSource { get; init; }

    /// <summary><c>DEFAULT: SOURCE [X] PRIOR</c>: use it as soon as no actor precedes the verb.</summary>
    public bool DefaultSourcePrior { get; init; }

    /// <summary><c>DEFAULT: TARGET [Y]</c>: the target when none is found, or null.</summary>
    public string? DefaultTarget { get; init; }

    /// <summary><c>DEFAULT: TARGET [Y] AFTER</c>: use it as soon as no actor follows the verb.</summary>
    public bool DefaultTargetAfter { get; init; }

    /// <summary>The lengths of comma-delimited clauses that are dropped, or null after <c>COMMA: OFF</c>.</summary>
    public TabariCommaLimits? Commas { get; init; } = TabariCommaLimits.Default;

    /// <summary><c>SET: MINIMUM WORDS</c>: shorter sentences are not coded.</summary>
    public int MinimumWords { get; init; } = DefaultMinimumWords;

    /// <summary><c>SET: CONVERT AGENT = TRUE</c>: an agent with no actor stands for one ("~REL").</summary>
    public bool ConvertAgents { get; init; }

    /// <summary><c>FORWARD: ...</c>: pronouns may refer to the previous sentence of the same story.</summary>
    public bool Forward { get; init; }

    /// <summary><c>SET: TIME SHIFT = TRUE</c>: the verbs file's time phrases are read (their ### and +++ codes apply).</summary>
    public bool TimeShift { get; init; }

    /// <summary>The settings of a record's options.</summary>
    public static TabariSettings From(IReadOnlyDictionary<string, string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string Get(string key) => options.TryGetValue(key, out string? value) ? value.Trim().ToUpperInvariant() : "";
        string complex = Get("COMPLEX");
        string defaults = Get("DEFAULT");
        string forward = Get("FORWARD");
        Match source = DefaultCode().Match(defaults);
        Match target = Regex.Match(defaults, @"TARGET\s*\[([^\]]*)\]\s*(AFTER)?", RegexOptions.None, TimeSpan.FromSeconds(1));
        return new TabariSettings
        {
            Mode = Get("CODE BY") switch { "SENTENCE" => TabariCodingMode.Sentence, "ALL" => TabariCodingMode.All, _ => TabariCodingMode.Clause },
            MaximumVerbs = Limit(complex, "VERBS"),
            MaximumConjunctions = Limit(complex, "CONJ"),
            NoActorPrior = complex.Contains("NOACTPRIOR", StringComparison.Ordinal),
            DefaultSource = source.Success ? source.Groups[1].Value.Trim() : null,
            DefaultSourcePrior = source.Success && source.Groups[2].Success,
            DefaultTarget = target.Success ? target.Groups[1].Value.Trim() : null,
            DefaultTargetAfter = target.Success && target.Groups[2].Success,
            Commas = TabariCommaLimits.Parse(Get("COMMA")),
            MinimumWords = int.TryParse(Get("MINIMUM WORDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int minimum) ? minimum : DefaultMinimumWords,
            ConvertAgents = Get("CONVERT AGENT") == "TRUE",
            Forward = forward.Length > 0 && !forward.EndsWith("OFF", StringComparison.Ordinal),
            TimeShift = Get("TIME SHIFT") == "TRUE",
        };
    }

    private static int Limit(string complex, string name)
    {
        Match match = Regex.Match(complex, name + @"\s*\[\s*(\d+)\s*\]", RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"SOURCE\s*\[([^\]]*)\]\s*(PRIOR)?")]
    private static partial Regex DefaultCode();
}
