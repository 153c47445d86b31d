using System.Text;
using System.Text.Json;
using Parley.Store.Output;
using Parley.Store.Queries;
using Parley.Testing;

namespace Parley.Store.Tests;

/// <summary>What query results look like as JSONL and CSV.</summary>
public sealed class OutputTests
{
    [Fact]
    public void StatsAreOneJsonObjectWithEveryCount()
    {
        var stats = new StoreStats(3, 5, 4, 1, new DateOnly(2016, 3, 1), null, 1);
        string json = Jsonl(ResultTables.Stats(stats));
        Assert.Equal("{\"stories\":3,\"sentences\":5,\"events\":4,\"errors\":1,\"first_date\":\"2016-03-01\",\"last_date\":null,\"schema_version\":1}\n", json);
    }

    [Fact]
    public void CsvQuotesFieldsWithCommasQuotesAndLineBreaks()
    {
        var table = new ResultTable(["a", "b", "c"], [["x,y", "say \"no\"", 1.5], ["line\nbreak", null, 2L]]);
        var writer = new StringWriter();
        CsvTableWriter.Write(writer, table);
        Assert.Equal("a,b,c\r\n\"x,y\",\"say \"\"no\"\"\",1.5\r\n\"line\nbreak\",,2\r\n", writer.ToString());
    }

    [Fact]
    public void DedupedEventsCarryTheirStoryCountInJsonl()
    {
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        var day = new DateOnly(2020, 1, 6);
        store.Write([StoreTestData.Story("s1", day, ("RUS", "111", "USA")), StoreTestData.Story("s2", day, ("RUS", "111", "USA"))], []);
        using var buffer = new MemoryStream();
        using (var writer = new StoredEventJsonlWriter(buffer, withStories: true))
        {
            Assert.Equal(1, writer.WriteAll(EventQuery.Run(store, new EventFilter { Dedup = true })));
        }
        using JsonDocument json = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
        Assert.Equal(2, json.RootElement.GetProperty("stories").GetInt32());
        Assert.Equal("RUS acted with code 111 towards USA.", json.RootElement.GetProperty("evidence").GetProperty("sentence").GetString());
        Assert.Equal(-2.0, json.RootElement.GetProperty("goldstein").GetDouble());
    }

    private static string Jsonl(ResultTable table)
    {
        using var buffer = new MemoryStream();
        JsonlTableWriter.Write(buffer, table);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
