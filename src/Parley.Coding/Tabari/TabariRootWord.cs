namespace Parley.Coding.Tabari;

/// <summary>
/// One word of a dictionary root phrase ("SYLVANIA_STATE_RADIO_", "SHRUG OFF CLAIMS"): its text, how it
/// matches, and whether the next word of the phrase must follow at once (joined by <c>_</c>) or may come later in
/// the sentence (joined by a space: "SYLVANIA RADIO" matches "Sylvania state-owned radio").
/// </summary>
internal readonly record struct TabariRootWord(string Text, TabariWordMode Mode, bool NextFollowsAtOnce);
