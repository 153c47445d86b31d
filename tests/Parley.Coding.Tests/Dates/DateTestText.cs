using System.Globalization;
using Parley.Coding.Dates;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Testing;
using Parley.Text;

namespace Parley.Coding.Tests.Dates;

/// <summary>Builds test documents (plain, or tagged and parsed with the bundled model) and finds their dates.</summary>
internal static class DateTestText
{
    /// <summary>Monday, October 24, 2016: the story date of most tests.</summary>
    public static readonly DateOnly Monday = new(2016, 10, 24);

    private static readonly Lazy<SyntaxModel?> Model = new(() =>
        TestPaths.ModelDirectory == null ? null : SyntaxModel.Load(TestPaths.ModelDirectory));

    /// <summary>A tokenized document without tags or tree.</summary>
    public static Document Plain(string text) => DocumentFactory.Create("test", text, new Tokenizer(), new SentenceSplitter());

    /// <summary>A document tagged and parsed by the bundled model; skips the test when there is no model.</summary>
    public static Document Annotated(string text)
    {
        Skip.If(Model.Value == null, "no trained model in data/models/en");
        Document document = Plain(text);
        new SyntaxPipeline(Model.Value!).Annotate(document);
        return document;
    }

    /// <summary>The expressions of the whole document.</summary>
    public static IReadOnlyList<TemporalExpression> Find(Document document, DateOnly? story = null, TemporalExpressionFinder? finder = null) =>
        (finder ?? new TemporalExpressionFinder()).Find(document, 0, document.TokenCount, story ?? Monday);

    /// <summary>The only expression of <paramref name="text"/> (untagged), failing when there is not exactly one.</summary>
    public static TemporalExpression Single(string text, DateOnly? story = null) => Assert.Single(Find(Plain(text), story));

    /// <summary>A yyyy-MM-dd date.</summary>
    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The index of the token <paramref name="form"/> (its <paramref name="occurrence"/>-th, from 0).</summary>
    public static int TokenOf(Document document, string form, int occurrence = 0)
    {
        for (int t = 0; t < document.TokenCount; t++)
        {
            if (document.TokenText(t).SequenceEqual(form) && occurrence-- == 0)
            {
                return t;
            }
        }
        throw new InvalidOperationException($"no token '{form}'");
    }

    /// <summary>"text date granularity" of each expression, for compact assertions.</summary>
    public static string[] Describe(IReadOnlyList<TemporalExpression> expressions)
    {
        var lines = new string[expressions.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            TemporalExpression e = expressions[i];
            lines[i] = $"{e.Text} {e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {e.Granularity}";
        }
        return lines;
    }
}
