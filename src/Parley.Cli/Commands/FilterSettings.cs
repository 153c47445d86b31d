using System.ComponentModel;
using Parley.Store.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>The event filters shared by <c>events</c>, <c>top</c>, <c>dyad</c> and <c>export</c>.</summary>
internal class FilterSettings : StoreSettings
{
    [CommandOption("--actor <A>")]
    [Description("Events with this actor on either side (code prefix: RUS matches RUSGOV).")]
    public string? Actor { get; init; }

    [CommandOption("--source <A>")]
    [Description("Events with this source actor (code prefix).")]
    public string? Source { get; init; }

    [CommandOption("--target <B>")]
    [Description("Events with this target actor (code prefix).")]
    public string? Target { get; init; }

    [CommandOption("--code <C>")]
    [Description("Events of this CAMEO code or its sub-codes (112 matches 1121).")]
    public string? Code { get; init; }

    [CommandOption("--root <R>")]
    [Description("Events of this CAMEO root (01-20).")]
    public string? Root { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("First event date included (YYYY-MM-DD).")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Last event date included (YYYY-MM-DD).")]
    public string? To { get; init; }

    [CommandOption("--country <C>")]
    [Description("Events whose source, target or location is in this country (ISO alpha-3, e.g. UKR).")]
    public string? Country { get; init; }

    [CommandOption("--text <WORDS>")]
    [Description("Events whose sentence contains all these words (case-insensitive).")]
    public string? Text { get; init; }

    [CommandOption("--dedup")]
    [Description("One event per source, target, code and day, with the number of supporting stories.")]
    public bool Dedup { get; init; }

    /// <summary>The filter these options describe.</summary>
    public EventFilter ToFilter()
    {
        if (!string.IsNullOrWhiteSpace(Code) && !string.IsNullOrWhiteSpace(Root))
        {
            throw new ArgumentException("--code and --root: give one or the other");
        }
        var filter = new EventFilter
        {
            Actor = Actor,
            Source = Source,
            Target = Target,
            Code = Code,
            Root = Root,
            From = DateOption.Parse(From, "--from"),
            To = DateOption.Parse(To, "--to"),
            Country = Country,
            Text = Text,
            Dedup = Dedup,
        };
        return filter;
    }
}
