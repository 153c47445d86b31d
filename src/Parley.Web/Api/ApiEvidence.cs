namespace Parley.Web.Api;

/// <summary>
/// The evidence of an event: its sentence and trigger texts, and [start, end) character offsets into the story text of
/// the sentence, the source, the trigger and the target (null spans: no such participant).
/// </summary>
public sealed record ApiEvidence(string Sentence, int[] SentenceSpan, int[]? SourceSpan, int[] TriggerSpan, int[]? TargetSpan, string Trigger);
