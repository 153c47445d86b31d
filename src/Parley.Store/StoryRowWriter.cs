using DuckDB.NET.Data;
using Parley.Coding.Events;
using Parley.Coding.Ontology;

namespace Parley.Store;

/// <summary>
/// Appends stories, their sentences and their events to the <c>stories</c>, <c>sentences</c> and <c>events</c> tables with DuckDB appenders, inside the
/// caller's transaction (an appender uses its connection's transaction, so a rollback removes its rows too).
/// The column order here is the table order of <see cref="Schema.StoreSchema"/>.
/// </summary>
internal static class StoryRowWriter
{
    /// <summary>Appends <paramref name="stories"/> with all their events.</summary>
    public static void Append(DuckDBConnection connection, IReadOnlyList<CodedStory> stories, DateTime ingestedAt)
    {
        using (DuckDBAppender appender = connection.CreateAppender("stories"))
        {
            foreach (CodedStory story in stories)
            {
                AppendStory(appender, story, ingestedAt);
            }
        }
        using (DuckDBAppender appender = connection.CreateAppender("sentences"))
        {
            foreach (CodedStory story in stories)
            {
                AppendSentences(appender, story);
            }
        }
        using (DuckDBAppender appender = connection.CreateAppender("events"))
        {
            var firsts = new StoryFirsts();
            foreach (CodedStory story in stories)
            {
                firsts.Clear();
                for (int i = 0; i < story.Events.Count; i++)
                {
                    AppendEvent(appender, story.Story.Text, story.Events[i], i, firsts);
                }
            }
        }
    }

    private static void AppendSentences(DuckDBAppender appender, CodedStory coded)
    {
        if (coded.Sentences is not { } sentences)
        {
            return;
        }
        for (int i = 0; i < sentences.Count; i++)
        {
            appender.CreateRow()
                .AppendValue(coded.Story.Id)
                .AppendValue((int?)i)
                .AppendValue((int?)sentences[i].Start)
                .AppendValue((int?)sentences[i].End)
                .EndRow();
        }
    }

    private static void AppendStory(DuckDBAppender appender, CodedStory coded, DateTime ingestedAt)
    {
        var story = coded.Story;
        appender.CreateRow()
            .AppendValue(story.Id)
            .AppendValue(story.Date)
            .AppendValue(story.Title)
            .AppendValue(story.Url)
            .AppendValue(story.Source)
            .AppendValue(story.Origin)
            .AppendValue(coded.TextHash)
            .AppendValue(story.Text)
            .AppendValue((int?)coded.SentenceCount)
            .AppendValue((int?)coded.Events.Count)
            .AppendValue((DateTime?)ingestedAt)
            .EndRow();
    }

    private static void AppendEvent(DuckDBAppender appender, string text, CodedEvent e, int index, StoryFirsts firsts)
    {
        IDuckDBAppenderRow row = appender.CreateRow()
            .AppendValue(e.StoryId)
            .AppendValue((int?)index)
            .AppendValue((int?)e.SentenceIndex)
            .AppendValue(e.Date);
        AppendActor(row, e.Source);
        AppendActor(row, e.Target);
        CameoCode? cameo = e.Cameo;
        row.AppendValue(e.Code)
            .AppendValue(e.Root)
            .AppendValue(cameo?.Name)
            .AppendValue(cameo?.QuadClass)
            .AppendValue(cameo?.Goldstein)
            .AppendValue(cameo is { HasPlover: true } ? cameo.PloverEvent : null)
            .AppendValue(cameo?.PloverModeOrNull)
            .AppendValue(cameo?.PloverContextOrNull)
            .AppendValue(ModalityNames.Of(e.Modality))
            .AppendValue(e.Location?.Name)
            .AppendValue(e.Location?.Country)
            .AppendValue(e.Location?.Latitude)
            .AppendValue(e.Location?.Longitude);
        EventEvidence evidence = e.Evidence;
        row.AppendValue(evidence.Sentence.Slice(text));
        AppendSpan(row, evidence.Sentence);
        AppendSpan(row, evidence.Source);
        row.AppendValue(evidence.Trigger.Slice(text));
        AppendSpan(row, evidence.Trigger);
        AppendSpan(row, evidence.Target);
        row.AppendValue(e.Rule);
        firsts.Append(row, e);
        row.EndRow();
    }

    private static void AppendActor(IDuckDBAppenderRow row, EventActor? actor) =>
        row.AppendValue(actor?.Code).AppendValue(actor?.Text).AppendValue(actor?.Country).AppendValue(actor?.Sector);

    private static void AppendSpan(IDuckDBAppenderRow row, CharSpan? span) =>
        row.AppendValue(span?.Start).AppendValue(span?.End);
}
