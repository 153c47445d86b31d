using Parley.Store.Queries;
using Parley.Testing;

namespace Parley.Store.Tests;

/// <summary>
/// Events, dyad and top queries and the one-a-day view on a small fixture whose answers were computed by hand
/// (Goldstein: 111 = −2.0 quad 3, 036 = +4.0 quad 1, 043 = +2.8 quad 1, 190 = −10.0 quad 4).
/// </summary>
public sealed class QueryTests : IDisposable
{
    private static readonly DateOnly Jan6 = new(2020, 1, 6);
    private readonly TempDirectory _directory = new();
    private readonly EventStore _store;

    public QueryTests()
    {
        _store = StoreTestData.OpenStore(_directory);
        _store.Write(
        [
            StoreTestData.Story("s1", Jan6, ("RUSGOV", "111", "USA"), ("FRA", "043", "RUS")),
            StoreTestData.Story("s2", new DateOnly(2020, 1, 7), ("USA", "036", "RUS")),
            StoreTestData.Story("s3", new DateOnly(2020, 1, 20), ("RUS", "190", "USAGOV")),
            StoreTestData.Story("s4", Jan6, ("RUSGOV", "111", "USA")),
            StoreTestData.Story("s5", new DateOnly(2020, 2, 3), ("RUS", "190", "UKR"), ("UKR", "111", "RUS")),
            StoreTestData.Story("s6", null, ("RUS", "111", "USA")),
        ], []);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void DyadCountsBothDirectionsPerWeek()
    {
        IReadOnlyList<DyadPeriod> weeks = DyadQuery.Run(_store, "rus", "USA", PeriodUnit.Week, EventFilter.All);
        Assert.Equal(2, weeks.Count);
        AssertPeriod(weeks[0], Jan6, 2, 1, 0.0, 0.0, [0, 1, 0, 2, 0]);
        AssertPeriod(weeks[1], new DateOnly(2020, 1, 20), 1, 0, -10.0, -10.0, [0, 0, 0, 0, 1]);
    }

    [Fact]
    public void DyadByMonthAndWithTheOneADayFilter()
    {
        DyadPeriod month = Assert.Single(DyadQuery.Run(_store, "RUS", "USA", PeriodUnit.Month, EventFilter.All));
        AssertPeriod(month, new DateOnly(2020, 1, 1), 3, 1, -10.0, -2.5, [0, 1, 0, 2, 1]);
        IReadOnlyList<DyadPeriod> dedup = DyadQuery.Run(_store, "RUS", "USA", PeriodUnit.Week, new EventFilter { Dedup = true });
        AssertPeriod(dedup[0], Jan6, 1, 1, 2.0, 1.0, [0, 1, 0, 1, 0]);
        IReadOnlyList<DyadPeriod> days = DyadQuery.Run(_store, "RUS", "USA", PeriodUnit.Day, new EventFilter { To = new DateOnly(2020, 1, 6) });
        AssertPeriod(Assert.Single(days), Jan6, 2, 0, -4.0, -2.0, [0, 0, 0, 2, 0]);
    }

    [Fact]
    public void TheOneADayViewKeepsOneEventPerSourceTargetCodeAndDateWithItsStoryCount()
    {
        List<StoredEvent> all = EventQuery.Run(_store, EventFilter.All).ToList();
        List<StoredEvent> daily = EventQuery.Run(_store, new EventFilter { Dedup = true }).ToList();
        Assert.Equal(8, all.Count);
        Assert.Equal(7, daily.Count);
        StoredEvent kept = Assert.Single(daily, e => e.Event.Code == "111" && e.Event.Date == Jan6);
        Assert.Equal(("s1", 2L), (kept.Event.StoryId, kept.Stories));
        Assert.All(daily.Where(e => e != kept), e => Assert.Equal(1, e.Stories));
    }

    [Theory]
    [InlineData("actor", "USA", 5)]
    [InlineData("source", "RUS", 5)]
    [InlineData("target", "ukr", 1)]
    [InlineData("code", "11", 4)]
    [InlineData("root", "4", 1)]
    [InlineData("country", "UKR", 2)]
    [InlineData("text", "190  Towards UKR", 1)]
    public void EventsMatchEachFilter(string field, string value, int expected)
    {
        EventFilter filter = field switch
        {
            "actor" => new EventFilter { Actor = value },
            "source" => new EventFilter { Source = value },
            "target" => new EventFilter { Target = value },
            "code" => new EventFilter { Code = value },
            "root" => new EventFilter { Root = value },
            "country" => new EventFilter { Country = value },
            _ => new EventFilter { Text = value },
        };
        Assert.Equal(expected, EventQuery.Run(_store, filter).Count());
    }

    [Fact]
    public void EventsComeInDateOrderUndatedLastWithinDatesAndLimit()
    {
        List<StoredEvent> events = EventQuery.Run(_store, EventFilter.All).ToList();
        Assert.Equal(["s1", "s1", "s4", "s2", "s3", "s5", "s5", "s6"], events.Select(e => e.Event.StoryId));
        var range = new EventFilter { From = new DateOnly(2020, 1, 7), To = new DateOnly(2020, 1, 31) };
        Assert.Equal(["s2", "s3"], EventQuery.Run(_store, range).Select(e => e.Event.StoryId));
        Assert.Equal(2, EventQuery.Run(_store, EventFilter.All, limit: 2).Count());
    }

    [Fact]
    public void TopRanksActorsDyadsAndCodes()
    {
        IReadOnlyList<TopRow> actors = TopQuery.Run(_store, TopKind.Actors, EventFilter.All, 3);
        Assert.Equal([("RUS", 6L), ("USA", 4L), ("RUSGOV", 2L)], actors.Select(r => (r.Key, r.Events)));
        IReadOnlyList<TopRow> dyads = TopQuery.Run(_store, TopKind.Dyads, EventFilter.All, 2);
        Assert.Equal(new TopRow("RUSGOV", "USA", 2, 2, -2.0), dyads[0]);
        Assert.Equal(("FRA", "RUS"), (dyads[1].Key, dyads[1].Detail));
        IReadOnlyList<TopRow> codes = TopQuery.Run(_store, TopKind.Codes, EventFilter.All, 10);
        Assert.Equal([("111", 4L), ("190", 2L), ("036", 1L), ("043", 1L)], codes.Select(r => (r.Key, r.Events)));
        Assert.Equal("Criticize or denounce", codes[0].Detail);
        var january = new EventFilter { From = new DateOnly(2020, 1, 7), To = new DateOnly(2020, 1, 31) };
        Assert.Equal(["036", "190"], TopQuery.Run(_store, TopKind.Codes, january, 10).Select(r => r.Key));
        Assert.Empty(TopQuery.Run(_store, TopKind.Places, EventFilter.All, 10));
    }

    [Fact]
    public void StatsCountEverything()
    {
        StoreStats stats = _store.Stats();
        Assert.Equal((6L, 8L, 8L, 0L), (stats.Stories, stats.Sentences, stats.Events, stats.Errors));
        Assert.Equal((Jan6, new DateOnly(2020, 2, 3)), (stats.FirstDate!.Value, stats.LastDate!.Value));
    }

    private static void AssertPeriod(DyadPeriod period, DateOnly start, long aToB, long bToA, double sum, double mean, long[] quads)
    {
        Assert.Equal(start, period.Period);
        Assert.Equal((aToB, bToA, aToB + bToA), (period.AToB, period.BToA, period.Events));
        Assert.Equal(sum, period.GoldsteinSum, 9);
        Assert.Equal(mean, period.GoldsteinMean!.Value, 9);
        Assert.Equal(quads, period.QuadClasses);
    }
}
