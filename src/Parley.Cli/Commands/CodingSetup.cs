using Parley.Coding.Coding;
using Parley.Coding.Lexicon;
using Parley.Syntax.Model;

namespace Parley.Cli.Commands;

/// <summary>What a coding command loaded, and how long the model and the dictionaries took.</summary>
internal sealed record CodingSetup(SyntaxModel Model, CodingDictionaries Dictionaries, CodingOptions Options,
    double ModelSeconds, double DictionarySeconds);
