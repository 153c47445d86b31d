namespace Parley.Coding.Coding;

/// <summary>
/// The English words that change what a verb asserts. Immutable; <see cref="English"/> is the default, and a
/// caller may build another for a different register.
/// </summary>
/// <param name="Negators">Adverbs and determiners that negate: "did <b>not</b> attack", "<b>never</b> met".</param>
/// <param name="FutureAuxiliaries">"Russia <b>will</b> veto the resolution."</param>
/// <param name="HypotheticalAuxiliaries">"Russia <b>could</b> veto the resolution."</param>
/// <param name="ConditionalMarkers">"<b>If</b> Russia vetoes the resolution, …"</param>
/// <param name="NegatingGovernors">
/// "Moscow <b>refused</b> to meet Kiev": the meeting did not happen; "Berlin <b>lifted</b> the sanctions": an event noun
/// that a verb ends or undoes is not an event of the sentence.
/// </param>
/// <param name="FutureGovernors">"Moscow <b>plans</b> to meet Kiev."</param>
/// <param name="HypotheticalGovernors">"Moscow <b>wants</b> to meet Kiev."</param>
/// <param name="IntentGovernors">"Moscow <b>agreed</b> to meet Kiev" codes intent to meet (036).</param>
/// <param name="ThreatGovernors">"Moscow <b>threatened</b> to impose sanctions" codes a threat (1312).</param>
/// <param name="RefusalGovernors">"Moscow <b>refused</b> to meet Kiev" codes a rejection (125).</param>
/// <param name="PlanNouns">"Russia has <b>plans</b> to attack", "<b>no intention</b> of attacking".</param>
/// <param name="ObligationAuxiliaries">"Russia said Sudan <b>must</b> return the helicopter": a demand.</param>
/// <param name="SpeechVerbs">"The farmers <b>said</b> they would blockade Paris": reported future.</param>
/// <param name="ReciprocalVerbs">"Hungary and Romania <b>agreed</b>": a compound subject acting on itself.</param>
public sealed record ModalityLexicon(
    IReadOnlySet<string> Negators,
    IReadOnlySet<string> FutureAuxiliaries,
    IReadOnlySet<string> HypotheticalAuxiliaries,
    IReadOnlySet<string> ConditionalMarkers,
    IReadOnlySet<string> NegatingGovernors,
    IReadOnlySet<string> FutureGovernors,
    IReadOnlySet<string> HypotheticalGovernors,
    IReadOnlySet<string> IntentGovernors,
    IReadOnlySet<string> ThreatGovernors,
    IReadOnlySet<string> RefusalGovernors,
    IReadOnlySet<string> PlanNouns,
    IReadOnlySet<string> ObligationAuxiliaries,
    IReadOnlySet<string> SpeechVerbs,
    IReadOnlySet<string> ReciprocalVerbs)
{
    /// <summary>The default English lexicon.</summary>
    public static ModalityLexicon English { get; } = new(
        Set("not", "n't", "never", "no", "neither", "nor", "without"),
        Set("will", "shall", "wo", "'ll"),
        Set("would", "could", "might", "may", "should", "must", "'d", "can", "ca"),
        Set("if", "unless", "whether", "lest"),
        Set("refuse", "decline", "fail", "deny", "reject", "avoid", "stop", "cease", "abandon", "halt", "forgo", "rule",
            "lift", "end", "ease", "suspend", "cancel", "scrap", "revoke", "rescind", "repeal"),
        Set("plan", "intend", "expect", "prepare", "schedule", "set", "aim", "go", "due", "poise", "mean"),
        Set("want", "hope", "seek", "try", "attempt", "wish", "consider", "propose", "urge", "ask", "call", "demand",
            "need", "like", "prefer", "may", "struggle", "strive", "push", "press", "lobby"),
        Set("agree", "promise", "pledge", "vow", "swear", "commit", "undertake", "decide", "resolve", "volunteer", "willing", "ready",
            "prepared", "determined", "committed", "eager", "offer"),
        Set("threaten", "menace"),
        Set("refuse", "decline"),
        Set("plan", "intention", "intent", "plot", "proposal", "threat", "bid", "attempt", "effort", "offer", "aim",
            "readiness", "willingness", "desire", "wish", "hope", "call", "demand"),
        Set("must", "should", "ought"),
        Set("say", "announce", "tell", "state", "declare", "add", "warn", "insist", "pledge", "promise", "vow", "indicate",
            "confirm", "report", "reply", "predict", "claim", "assert", "signal", "make"),
        Set("agree", "meet", "talk", "negotiate", "sign", "cooperate", "clash", "fight", "trade", "discuss", "reconcile",
            "ally", "normalize", "normalise", "restore", "resume", "exchange", "renew", "consult", "confer", "sever",
            "break", "settle", "collaborate", "coordinate", "embrace", "reach"));

    /// <summary>
    /// Weapons and blasts that stand as the subject of an attack when its perpetrator is unknown: "A car <b>bomb</b>
    /// killed four policemen", "A roadside <b>bombing</b> wounded two soldiers".
    /// </summary>
    public IReadOnlySet<string> WeaponWords { get; init; } = Set(
        "bomb", "bombing", "blast", "explosion", "explosive", "device", "mine", "landmine", "minefield", "shell",
        "shelling", "rocket", "missile", "mortar", "grenade", "gunfire", "shot", "shooting", "airstrike", "strike",
        "raid", "ambush", "attack", "bomber", "drone", "artillery", "fire", "crossfire", "barrage", "ied", "car-bomb");

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);
}
