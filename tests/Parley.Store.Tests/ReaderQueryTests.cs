using Parley.Store.Queries;
using Parley.Testing;

namespace Parley.Store.Tests;

/// <summary>
/// The queries behind the web API: keyset paging with cursors (undated events last), one story by id, places with
/// coordinates, read-only opening and per-thread connections.
/// </summary>
public sealed class ReaderQueryTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly string _path;

    public ReaderQueryTests()
    {
        using EventStore store = StoreTestData.OpenStore(_directory);
        _path = store.Path;
        store.Write(
        [
            StoreTestData.Story("b", new DateOnly(2020, 1, 6), ("RUS", "111", "USA"), ("FRA", "043", "RUS")),
            StoreTestData.Story("a", new DateOnly(2020, 1, 6), ("USA", "036", "RUS")),
            StoreTestData.Story("c", new DateOnly(2020, 1, 5), ("RUS", "190", "UKR")),
            StoreTestData.Story("u", null, ("RUS", "111", "USA"), ("UKR", "111", "RUS")),
        ], []);
    }

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void PagesFollowTheListingOrderWithoutGapsOrRepeats(int pageSize)
    {
        using EventStore store = EventStore.Open(_path);
        var paged = new List<string>();
        EventCursor? cursor = null;
        while (true)
        {
            List<StoredEvent> page = EventQuery.Run(store, EventFilter.All, cursor, pageSize).ToList();
            paged.AddRange(page.Select(e => $"{e.Event.StoryId}#{e.EventIndex}"));
            if (page.Count < pageSize)
            {
                break;
            }
            Assert.True(EventCursor.TryParse(page[^1].Cursor.ToToken(), out cursor));
        }
        Assert.Equal(["c#0", "a#0", "b#0", "b#1", "u#0", "u#1"], paged);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("MjAyMA")]
    [InlineData("eHh4H3h4eB94eHg")]
    public void GarbageIsNotACursor(string token) => Assert.False(EventCursor.TryParse(token, out _));

    [Fact]
    public void ACursorSurvivesItsTokenWithAnyStoryId()
    {
        var cursor = new EventCursor(null, "id with | and \u001f and é", 7);
        Assert.True(EventCursor.TryParse(cursor.ToToken(), out EventCursor? back));
        Assert.Equal(cursor, back);
        Assert.DoesNotContain('+', cursor.ToToken());
        Assert.DoesNotContain('/', cursor.ToToken());
    }

    [Fact]
    public void AStoryIsFoundWithItsSentencesAndEventsByStoryId()
    {
        using EventStore store = EventStore.OpenReadOnly(_path);
        StoredStory story = StoryQuery.Find(store, "b")!;
        Assert.Equal("Title b", story.Title);
        Assert.Equal(2, story.EventCount);
        Assert.StartsWith("RUS acted", story.Text);
        Assert.Null(StoryQuery.Find(store, "missing"));
        Assert.Equal(2, EventQuery.Run(store, new EventFilter { StoryId = "b" }).Count());
    }

    [Fact]
    public void AReadOnlyStoreRefusesWrites()
    {
        using EventStore store = EventStore.OpenReadOnly(_path);
        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.Write([StoreTestData.Story("new", null, ("RUS", "111", "USA"))], []));
    }

    [Fact]
    public void ReadOnlyOpeningNeedsAStore()
    {
        string missing = Path.Combine(_directory.Path, "missing.duckdb");
        var e = Assert.Throws<FileNotFoundException>(() => EventStore.OpenReadOnly(missing));
        Assert.Contains(missing, e.Message);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void ConnectionsOfOneStoreQueryInParallel()
    {
        using EventStore store = EventStore.OpenReadOnly(_path);
        int[] counts = new int[8];
        Parallel.For(0, counts.Length, i =>
        {
            using EventStore connection = store.Connect();
            counts[i] = EventQuery.Run(connection, EventFilter.All).Count();
        });
        Assert.All(counts, c => Assert.Equal(6, c));
    }
}
