using System.Collections.ObjectModel;

namespace Parley.Coding.Validation;

/// <summary>
/// The options in force while a suite is read: changes are applied in file order, and each record gets a snapshot.
/// Snapshots are shared until the next change, so a suite with few option changes holds few dictionaries.
/// </summary>
internal sealed class OptionState
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);
    private ReadOnlyDictionary<string, string>? snapshot;

    /// <summary>Starts from <paramref name="initial"/>.</summary>
    public OptionState(IEnumerable<KeyValuePair<string, string>> initial)
    {
        foreach (KeyValuePair<string, string> pair in initial)
        {
            values[pair.Key] = pair.Value;
        }
    }

    /// <summary>Sets <paramref name="option"/>, replacing an earlier value of the same key.</summary>
    public void Apply(ValidationOption option)
    {
        values[option.Key] = option.Value;
        snapshot = null;
    }

    /// <summary>True when <paramref name="key"/> is set to <c>TRUE</c> (any case).</summary>
    public bool IsTrue(string key) =>
        values.TryGetValue(key, out string? value) && string.Equals(value, "TRUE", StringComparison.OrdinalIgnoreCase);

    /// <summary>An immutable copy of the current options.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        snapshot ??= new ReadOnlyDictionary<string, string>(new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase));
}
