namespace Parley.Coding.Tabari;

/// <summary>A verb of a clause with the code it gives there: the first of its patterns that matched, or its own code.</summary>
/// <param name="Verb">The verb.</param>
/// <param name="Code">The code.</param>
/// <param name="Pattern">The pattern that matched, or null for the verb's own code.</param>
/// <param name="Bindings">The actors the pattern's tokens found (empty for no pattern).</param>
internal sealed record TabariVerbReading(TabariItem Verb, TabariCode Code, TabariPattern? Pattern, TabariBindings Bindings);
