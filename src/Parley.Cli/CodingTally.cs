using System.Globalization;

namespace Parley.Cli;

/// <summary>
/// Counts stories, failures and events of a coding run; reports each failure on standard error as it happens and a
/// one-line summary with the throughput at the end (on standard error, so it never mixes with the events).
/// </summary>
internal sealed class CodingTally
{
    public int Stories { get; private set; }

    public int Failed { get; private set; }

    public long Events { get; private set; }

    public void Fail(string message)
    {
        Failed++;
        Console.Error.WriteLine($"parley: {message}");
    }

    public void Coded(int events)
    {
        Stories++;
        Events += events;
    }

    public void Report(long sentences, double seconds, double modelSeconds, double dictionarySeconds)
    {
        double rate = seconds > 0 ? sentences / seconds : 0;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coded {Stories} stories ({Failed} failed), {sentences} sentences, {Events} events in {seconds:F1} s ({rate:F0} sentences/s); model loaded in {modelSeconds:F2} s, dictionaries in {dictionarySeconds:F2} s"));
    }
}
