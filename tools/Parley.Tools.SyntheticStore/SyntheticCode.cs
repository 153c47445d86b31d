using Parley.Coding.Ontology;

namespace Parley.Tools.SyntheticStore;

/// <summary>An event code the generator can use, with the trigger words and dictionary rule written for it.</summary>
/// <param name="Cameo">The ontology entry: code, name, root, quad class, Goldstein value and PLOVER mapping.</param>
/// <param name="Trigger">The words standing for the verb in a synthetic sentence (the code's name in lower case).</param>
/// <param name="Rule">The rule recorded for its events, in the coder's <c>FILE:LINE pattern</c> form.</param>
internal sealed record SyntheticCode(CameoCode Cameo, string Trigger, string Rule);
