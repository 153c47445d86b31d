using System.Globalization;
using Parley.Coding.Evaluation;

namespace Parley.Cli;

/// <summary>Writes an <see cref="EvaluationReport"/> for people: summary lines, then the misses grouped by cause.</summary>
internal static class EvalEventsReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, GoldFormat format, EvaluationReport report, int missesPerCause)
    {
        WriteSummary(output, format, report);
        WriteSkipped(output, report.Skipped, missesPerCause);
        foreach (MissCause cause in MissCauses.All)
        {
            var misses = report.Misses.Where(m => m.Cause == cause).ToList();
            if (misses.Count == 0 || missesPerCause == 0)
            {
                continue;
            }
            output.WriteLine();
            output.WriteLine($"misses: {MissCauses.Name(cause)} ({misses.Count})");
            foreach (EvaluationMiss miss in misses.Take(missesPerCause))
            {
                WriteMiss(output, miss);
            }
            if (misses.Count > missesPerCause)
            {
                output.WriteLine($"  … and {misses.Count - missesPerCause} more");
            }
        }
    }

    private static void WriteSummary(TextWriter output, GoldFormat format, EvaluationReport r)
    {
        string kind = format == GoldFormat.Plover ? "PLOVER records" : "ICEWS CAMEO codebook (roots only: no gold actors)";
        output.WriteLine($"gold           {r.File} ({kind})");
        output.WriteLine($"records        {r.Records} scored, {r.Skipped.Count} skipped");
        output.WriteLine(string.Create(C, $"root accuracy  {r.RootAccuracy:F2} %  ({r.RootHits} / {r.Records})"));
        output.WriteLine(string.Create(C,
            $"full match     {r.FullMatchRate:F2} %  ({r.FullMatches} / {r.Records}: accepted root, source and target countries)"));
        output.WriteLine(string.Create(C,
            $"precision      {r.Precision:F2} %  ({r.EmittedOnRoot} of {r.Emitted} emitted events have an accepted root)"));
        output.WriteLine("misses         " + string.Join(", ", MissCauses.All.Select(c => $"{MissCauses.Name(c)} {r.MissCounts[c]}")));
        output.WriteLine(string.Create(C,
            $"speed          {r.Sentences} sentences in {r.CodingSeconds:F2} s: {r.SentencesPerSecond:F0} sentences/s, "
            + $"{r.RecordsPerSecond:F0} records/s (tokenize, tag, parse, code; one thread, after a warm-up pass)"));
    }

    private static void WriteSkipped(TextWriter output, IReadOnlyList<SkippedGoldRecord> skipped, int limit)
    {
        if (skipped.Count == 0 || limit == 0)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine($"skipped ({skipped.Count})");
        foreach (SkippedGoldRecord record in skipped.Take(limit))
        {
            output.WriteLine($"  {record.Id} (line {record.Line}): {record.Reason}");
        }
        if (skipped.Count > limit)
        {
            output.WriteLine($"  … and {skipped.Count - limit} more");
        }
    }

    private static void WriteMiss(TextWriter output, EvaluationMiss miss)
    {
        GoldEvent gold = miss.Gold;
        string actors = gold.SourceCountries.Count == 0 && gold.TargetCountries.Count == 0 ? ""
            : $"  {Countries(gold.SourceCountries)} -> {Countries(gold.TargetCountries)}";
        output.WriteLine($"  {miss.Id}  gold {miss.GoldLabel} (roots {string.Join('/', gold.Roots)}){actors}");
        output.WriteLine($"    text:    {miss.Text}");
        output.WriteLine($"    emitted: {Events(miss.Emitted)}");
        if (miss.EmittedWithAllModalities.Count > 0)
        {
            output.WriteLine($"    with all modalities: {Events(miss.EmittedWithAllModalities)}");
        }
    }

    private static string Countries(IReadOnlyList<string> countries) => countries.Count == 0 ? "-" : string.Join(',', countries);

    private static string Events(IReadOnlyList<Parley.Coding.Events.CodedEvent> events) =>
        events.Count == 0 ? "nothing" : string.Join("; ", EvaluationMiss.Describe(events));
}
