using Parley.Coding.Events;
using Parley.Coding.Ontology;
using Parley.Text.Stories;

namespace Parley.Store.Tests;

/// <summary>Builds stories and coded events directly, as the coder would, for store tests (text written for Parley).</summary>
internal static class StoreTestData
{
    /// <summary>A story whose sentences are <paramref name="sentences"/>, with one event per (source, code, target) given.</summary>
    public static CodedStory Story(string id, DateOnly? date, params (string Source, string Code, string? Target)[] events)
    {
        var text = new System.Text.StringBuilder();
        var coded = new List<CodedEvent>();
        for (int i = 0; i < events.Length; i++)
        {
            var (source, code, target) = events[i];
            int start = text.Length;
            string sentence = target is null ? $"{source} acted with code {code}." : $"{source} acted with code {code} towards {target}.";
            text.Append(sentence).Append(' ');
            var sourceSpan = new CharSpan(start, start + source.Length);
            var trigger = new CharSpan(start + source.Length + 1, start + source.Length + 6);
            CharSpan? targetSpan = target is null ? null : new CharSpan(start + sentence.Length - target.Length - 1, start + sentence.Length - 1);
            CameoOntology.Default.TryGet(code, out CameoCode? cameo);
            coded.Add(new CodedEvent(id, i, date,
                new EventActor(source, source, sourceSpan),
                target is null ? null : new EventActor(target, target, targetSpan!.Value),
                code, cameo, Modality.Asserted, null,
                new EventEvidence(new CharSpan(start, start + sentence.Length), sourceSpan, trigger, targetSpan),
                $"fixture.verbs.txt:{i + 1} {code}"));
        }
        var story = new Story(id, date, text.ToString().TrimEnd(), "fixture.jsonl:" + id, "Title " + id);
        return new CodedStory(story, StoryIdentity.HashText(story.Text), coded, events.Length);
    }

    /// <summary>A fresh store file in <paramref name="directory"/>.</summary>
    public static EventStore OpenStore(Parley.Testing.TempDirectory directory, string name = "test.duckdb") =>
        EventStore.Open(Path.Combine(directory.Path, name));
}
