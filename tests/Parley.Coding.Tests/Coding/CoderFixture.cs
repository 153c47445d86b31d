using Parley.Coding.Coding;
using Parley.Coding.Dictionaries;
using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Testing;
using Parley.Text.Stories;

namespace Parley.Coding.Tests.Coding;

/// <summary>
/// The bundled syntax model and the test dictionaries in Fixtures/coder, loaded once; each call makes a fresh
/// coder because coders keep per-thread buffers and xUnit runs test classes in parallel.
/// </summary>
internal static class CoderFixture
{
    private static readonly Lazy<SyntaxModel?> Model = new(() =>
        TestPaths.ModelDirectory == null ? null : SyntaxModel.Load(TestPaths.ModelDirectory));

    private static readonly Lazy<CodingDictionaries> Dictionaries = new(() =>
        CodingDictionaries.Load([Path.Combine(AppContext.BaseDirectory, "Fixtures", "coder")], DictionaryReadMode.Strict));

    /// <summary>The test dictionaries.</summary>
    public static CodingDictionaries TestDictionaries => Dictionaries.Value;

    /// <summary>Skips the calling test when the repository has no trained model.</summary>
    public static void RequireModel() => Skip.If(Model.Value == null, "no trained model in data/models/en");

    /// <summary>Codes <paramref name="text"/> as a story dated <paramref name="date"/> (default 2016-06-01).</summary>
    public static IReadOnlyList<CodedEvent> Code(string text, CodingOptions? options = null, DateOnly? date = null)
    {
        RequireModel();
        var coder = new StoryCoder(new SyntaxPipeline(Model.Value!), new EventCoder(Dictionaries.Value, options ?? CodingOptions.Default));
        return coder.Code(new Story("test", date ?? new DateOnly(2016, 6, 1), text, "test"));
    }

    /// <summary>Codes <paramref name="text"/> with <paramref name="dictionaries"/> written for one test.</summary>
    public static IReadOnlyList<CodedEvent> Code(string text, CodingDictionaries dictionaries, CodingOptions options)
    {
        RequireModel();
        var coder = new StoryCoder(new SyntaxPipeline(Model.Value!), new EventCoder(dictionaries, options));
        return coder.Code(new Story("test", new DateOnly(2016, 6, 1), text, "test"));
    }

    /// <summary>Events as "SOURCE CODE TARGET" strings, for compact assertions.</summary>
    public static string[] Triples(IReadOnlyList<CodedEvent> events) =>
        events.Select(e => $"{e.Source?.Code ?? "-"} {e.Code} {e.Target?.Code ?? "-"}").ToArray();

    /// <summary>Events as "SOURCE CODE TARGET modality" strings.</summary>
    public static string[] WithModality(IReadOnlyList<CodedEvent> events) =>
        events.Select(e => $"{e.Source?.Code ?? "-"} {e.Code} {e.Target?.Code ?? "-"} {e.Modality.ToString().ToLowerInvariant()}").ToArray();
}
