namespace Parley.Coding.Dictionaries;

/// <summary>
/// One verb of a verb block: a synonym line such as <c>GIVE {GAVE GIVEN GIVING}</c>, a multi-word verb such as
/// <c>+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]</c> (the <c>+</c> marks the verb among the words), or a TABARI verb
/// line such as <c>ABANDON [345]</c>.
/// </summary>
/// <param name="Lemma">The verb word without markers, e.g. <c>ASK</c>.</param>
/// <param name="Words">All words of the verb phrase without markers, e.g. <c>ASK</c>, <c>FOR</c>; one word for a simple verb.</param>
/// <param name="VerbIndex">The position of <paramref name="Lemma"/> in <paramref name="Words"/>.</param>
/// <param name="Forms">
/// Irregular forms from <c>{...}</c>, as written but without <c>+</c> markers (<c>SAID</c>, <c>ASKED_FOR</c>,
/// <c>BROKEN_DOWN_</c>); an empty list for <c>{}</c> or no braces.
/// </param>
/// <param name="Code">The verb's own code, or null when it takes the block's.</param>
/// <param name="Text">The verb phrase as written, e.g. <c>+ASK_FOR</c> or <c>ARM_</c> (a trailing <c>_</c> asks for an exact match).</param>
/// <param name="Block">The name of the block the verb belongs to.</param>
/// <param name="File">The file or input name.</param>
/// <param name="Line">1-based line number.</param>
public sealed record VerbEntry(
    string Lemma,
    IReadOnlyList<string> Words,
    int VerbIndex,
    IReadOnlyList<string> Forms,
    VerbCode? Code,
    string Text,
    string Block,
    string File,
    int Line);
