using Parley.Coding.Coding;
using Parley.Coding.Dictionaries;
using Parley.Text;

namespace Parley.Coding.Lexicon;

/// <summary>
/// The compiled dictionaries a coder uses: actors, agents, verbs and discards. Immutable once built; share one
/// instance between threads.
/// </summary>
public sealed class CodingDictionaries
{
    /// <summary>Compiles the given dictionaries (each list in priority order: earlier entries win ties).</summary>
    public CodingDictionaries(
        IReadOnlyList<ActorDictionary> actors,
        IReadOnlyList<AgentDictionary> agents,
        IReadOnlyList<VerbDictionary> verbs,
        IReadOnlyList<DiscardDictionary> discards)
        : this(actors, agents, verbs, [], discards)
    {
    }

    /// <summary>
    /// Compiles the given dictionaries, event nouns included (each list in priority order). With
    /// <paramref name="wholeAgentWords"/> agent names match whole words only, as PETRARCH reads its agents (see
    /// <see cref="AgentLexicon(IEnumerable{AgentDictionary}, bool)"/>).
    /// </summary>
    public CodingDictionaries(
        IReadOnlyList<ActorDictionary> actors,
        IReadOnlyList<AgentDictionary> agents,
        IReadOnlyList<VerbDictionary> verbs,
        IReadOnlyList<VerbDictionary> nouns,
        IReadOnlyList<DiscardDictionary> discards,
        bool wholeAgentWords = false)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(discards);
        ArgumentNullException.ThrowIfNull(nouns);
        Nouns = new VerbLexicon(nouns);
        Actors = new ActorLexicon(actors);
        Agents = new AgentLexicon(agents, wholeAgentWords);
        Verbs = new VerbLexicon(verbs);
        Discards = new DiscardLexicon(discards);
        Warnings = actors.SelectMany(d => d.Warnings).Concat(agents.SelectMany(d => d.Warnings))
            .Concat(verbs.SelectMany(d => d.Warnings)).Concat(nouns.SelectMany(d => d.Warnings)).Concat(discards.SelectMany(d => d.Warnings)).ToArray();
        Files = actors.Select(d => d.File).Concat(agents.Select(d => d.File)).Concat(verbs.Select(d => d.File)).Concat(nouns.Select(d => d.File))
            .Concat(discards.Select(d => d.File)).ToArray();
    }

    /// <summary>Actor names.</summary>
    public ActorLexicon Actors { get; }

    /// <summary>Agent (role) words.</summary>
    public AgentLexicon Agents { get; }

    /// <summary>Verbs and their patterns.</summary>
    public VerbLexicon Verbs { get; }

    /// <summary>Event nouns: "the Russian veto of the resolution", "talks between Russia and Ukraine".</summary>
    public VerbLexicon Nouns { get; }

    /// <summary>Discard phrases.</summary>
    public DiscardLexicon Discards { get; }

    /// <summary>The files compiled, in the order given.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>What the readers tolerated or did not support, naming file and line.</summary>
    public IReadOnlyList<DictionaryWarning> Warnings { get; }

    /// <summary>
    /// Counts the actor and agent names in tokens [<paramref name="start"/>, <paramref name="end"/>), stopping at
    /// <paramref name="limit"/>: a sentence with fewer names than an event needs need not be parsed at all.
    /// </summary>
    public int CountNames(Document document, int start, int end, int limit)
    {
        ArgumentNullException.ThrowIfNull(document);
        int count = 0;
        int t = start;
        while (t < end && count < limit)
        {
            int stop = Math.Max(Actors.Match(document, t, end, out _), Agents.Match(document, t, end, out _));
            if (stop < 0)
            {
                t++;
                continue;
            }
            count++;
            t = stop;
        }
        return count;
    }

    /// <summary>
    /// True when a word of the tokens from <paramref name="start"/> to <paramref name="end"/> is listed as a verb whose
    /// usual event is an assault or use of force (CAMEO 18–20): "killed", "shelled", "bombed". A sentence that names
    /// one party and such a verb may report an attack by an unnamed perpetrator.
    /// </summary>
    public bool NamesViolence(Document document, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(document);
        for (int t = start; t < end; t++)
        {
            if (IsViolent(Verbs.Find(document.LowerHashes[t])) || IsViolent(Verbs.FindByStem(document.TokenText(t))))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsViolent(IReadOnlyList<VerbSense> senses)
    {
        for (int i = 0; i < senses.Count; i++)
        {
            if (CodeComposer.IsViolence(senses[i].DefaultCode?.Code))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Reads and compiles dictionary files; each path is a file or a directory of files, and the kind of each file
    /// comes from its name (see <see cref="DictionaryKinds"/>). Third-party files are read leniently.
    /// </summary>
    public static CodingDictionaries Load(IEnumerable<string> paths, DictionaryReadMode mode)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var actors = new List<ActorDictionary>();
        var agents = new List<AgentDictionary>();
        var verbs = new List<VerbDictionary>();
        var nouns = new List<VerbDictionary>();
        var discards = new List<DiscardDictionary>();
        foreach (string file in DictionaryKinds.ExpandPaths(paths))
        {
            switch (DictionaryKinds.Of(file))
            {
                case DictionaryKind.Actors:
                    actors.Add(ActorDictionaryReader.Read(file, mode));
                    break;
                case DictionaryKind.Agents:
                    agents.Add(AgentDictionaryReader.Read(file, mode));
                    break;
                case DictionaryKind.Verbs:
                    verbs.Add(VerbDictionaryReader.Read(file, mode));
                    break;
                case DictionaryKind.Nouns:
                    nouns.Add(VerbDictionaryReader.Read(file, mode));
                    break;
                case DictionaryKind.Discards:
                    discards.Add(DiscardDictionaryReader.Read(file, mode));
                    break;
            }
        }
        return new CodingDictionaries(actors, agents, verbs, nouns, discards);
    }
}
