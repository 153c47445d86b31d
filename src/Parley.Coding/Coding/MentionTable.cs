using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;

namespace Parley.Coding.Coding;

/// <summary>
/// The actor and agent names of one sentence, found left to right taking the longest name at each token ("Foreign
/// Minister Sergei Lavrov" is one actor when listed so, else the agent "Foreign Minister" and the actor "Sergei
/// Lavrov"). An actor name wins over an agent name of the same length. Buffers are reused between sentences.
/// </summary>
internal sealed class MentionTable
{
    private readonly List<Mention> _mentions = [];
    private int[] _mentionOf = new int[64];
    private int _first;

    /// <summary>The mentions in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>Finds the mentions of <paramref name="graph"/>'s sentence; actor codes are chosen for <paramref name="date"/>.</summary>
    public void Find(SentenceGraph graph, CodingDictionaries dictionaries, DateOnly? date)
    {
        _mentions.Clear();
        _first = graph.First;
        int count = graph.End - graph.First;
        if (_mentionOf.Length < count)
        {
            _mentionOf = new int[count * 2];
        }
        Array.Fill(_mentionOf, -1, 0, count);
        int t = graph.First;
        while (t < graph.End)
        {
            int actorEnd = dictionaries.Actors.Match(graph.Document, t, graph.End, out ActorEntry? actor);
            int agentEnd = dictionaries.Agents.Match(graph.Document, t, graph.End, out AgentSense? agent);
            if (actorEnd < 0 && agentEnd < 0)
            {
                t++;
                continue;
            }
            Mention mention = actorEnd >= agentEnd
                ? new Mention(t, actorEnd, ActorLexicon.CodeOn(actor!, date), actor, null)
                : new Mention(t, agentEnd, null, null, agent);
            for (int i = mention.Start; i < mention.End; i++)
            {
                _mentionOf[i - _first] = _mentions.Count;
            }
            _mentions.Add(mention);
            t = mention.End;
        }
    }

    /// <summary>The index in <see cref="Mentions"/> of the mention covering <paramref name="token"/>, or -1.</summary>
    public int At(int token) => _mentionOf[token - _first];
}
