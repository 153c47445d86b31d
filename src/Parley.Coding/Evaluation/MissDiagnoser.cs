using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Text;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Looks at a text the coder emitted nothing for: does it hold an actor name the dictionaries list, and a word
/// (lemma, written form or stem) of the verb or event-noun dictionaries? Every token counts, whatever its tag, so a
/// listed verb that the tagger took for something else shows as present ("no event", a coder or tagger miss)
/// rather than as a dictionary gap. One instance per thread.
/// </summary>
internal sealed class MissDiagnoser(SyntaxPipeline syntax, CodingDictionaries dictionaries)
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    /// <summary>Whether <paramref name="text"/> names an actor, and whether it has a dictionary word.</summary>
    public (bool HasActorName, bool HasDictionaryWord) Inspect(string id, string text, CancellationToken cancellationToken)
    {
        Document document = DocumentFactory.Create(id, text, _tokenizer, _splitter);
        var names = new bool[document.TokenCount];
        dictionaries.Actors.MarkNames(document, names);
        // The coder tags with the names marked too; the lemmas looked up must be the ones it saw.
        syntax.Annotate(document, names, cancellationToken);
        bool hasWord = false;
        for (int t = 0; t < document.TokenCount && !hasWord; t++)
        {
            hasWord = Listed(dictionaries.Verbs, document, t) || Listed(dictionaries.Nouns, document, t);
        }
        return (names.Contains(true), hasWord);
    }

    private static bool Listed(VerbLexicon lexicon, Document document, int token) =>
        lexicon.Find(document.LowerHashes[token]).Count > 0
        || lexicon.Find(StableHash.OfLower(document.Annotations.Lemma[token] ?? "")).Count > 0
        || lexicon.FindByStem(document.TokenText(token)).Count > 0;
}
