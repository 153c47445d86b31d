namespace Parley.Coding.Tabari;

/// <summary>
/// One word of a dictionary root phrase ("ITHILEN_GOVERNMENT_RADIO_", "BRUSH ASIDE REPORTS"): its text, how it
/// matches, and whether the next word of the phrase must follow at once (joined by <c>_</c>) or may come later in
/// the sentence (joined by a space: "ITHILEN TELEVISION" matches "Ithilen state-run television").
/// </summary>
internal readonly record struct TabariRootWord(string Text, TabariWordMode Mode, bool NextFollowsAtOnce);
