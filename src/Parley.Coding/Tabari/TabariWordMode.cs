namespace Parley.Coding.Tabari;

/// <summary>How a dictionary or pattern word matches a word of the text.</summary>
internal enum TabariWordMode
{
    /// <summary>A stem: any text word that starts with it ("PROTEST" matches "protesters", "RENEW" matches "renewal").</summary>
    Open,

    /// <summary>
    /// Written with a trailing underscore: the word itself; the last word of a dictionary root also takes regular
    /// endings ("RETURN_" matches "returned", "SYLVANIA_" matches "Sylvania's"), a pattern word takes none.
    /// </summary>
    Closed,

    /// <summary>Written with <c>=</c> ("VETO="): the word itself and no ending.</summary>
    Exact,
}
