namespace Parley.Coding.Dictionaries;

/// <summary>An agent dictionary read by <see cref="AgentDictionaryReader"/>.</summary>
/// <param name="File">The file or input name.</param>
/// <param name="Entries">The agents in file order.</param>
/// <param name="Substitutions">The <c>!NAME! = ...</c> substitution sets.</param>
/// <param name="Warnings">Unsupported constructs, and defects tolerated in <see cref="DictionaryReadMode.Lenient"/> mode.</param>
public sealed record AgentDictionary(
    string File,
    IReadOnlyList<AgentEntry> Entries,
    IReadOnlyList<AgentSubstitution> Substitutions,
    IReadOnlyList<DictionaryWarning> Warnings)
{
    /// <summary>
    /// Spells out the substitution markers of <paramref name="name"/>: <c>CATTLE!PERSON!</c> gives
    /// <c>CATTLEMAN</c>, <c>CATTLEMEN</c>... A marker with no substitution set is left as written.
    /// </summary>
    public IReadOnlyList<string> Expand(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int start = name.IndexOf('!', StringComparison.Ordinal);
        int end = start < 0 ? -1 : name.IndexOf('!', start + 1);
        if (end < 0)
        {
            return [name];
        }
        string marker = name[(start + 1)..end];
        AgentSubstitution? substitution = Substitutions.FirstOrDefault(s => s.Name == marker);
        string prefix = name[..start];
        IReadOnlyList<string> tails = Expand(name[(end + 1)..]);
        IEnumerable<string> values = substitution?.Values ?? [$"!{marker}!"];
        return values.SelectMany(value => tails.Select(tail => prefix + value + tail)).ToArray();
    }
}
