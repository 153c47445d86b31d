namespace Parley.Coding.Tabari;

/// <summary>How a dictionary or pattern word matches a word of the text.</summary>
internal enum TabariWordMode
{
    /// <summary>A stem: any text word that starts with it ("RESTOR" matches "restoration", "YEN" matches "yener").</summary>
    Open,

    /// <summary>
    /// Written with a trailing underscore: the word itself; the last word of a dictionary root also takes regular
    /// endings ("DEPART_" matches "departed", "LIBYA_" matches "Libya's"), a pattern word takes none.
    /// </summary>
    Closed,

    /// <summary>Written with <c>=</c> ("BAN="): the word itself and no ending.</summary>
    Exact,
}
