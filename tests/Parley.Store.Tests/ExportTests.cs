using Parley.Store.Output;
using Parley.Store.Queries;
using Parley.Testing;

namespace Parley.Store.Tests;

/// <summary>Exports read back: GDELT 2.0 and Phoenix columns, CSV header, Parquet schema and rows.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly EventStore _store;

    public ExportTests()
    {
        _store = StoreTestData.OpenStore(_directory);
        var day = new DateOnly(2020, 3, 1);
        _store.Write(
        [
            StoreTestData.Story("s1", day, ("RUSGOVMIL", "111", "USA"), ("FRA", "043", "RUS")),
            StoreTestData.Story("s2", day, ("RUSGOVMIL", "111", "USA")),
        ], []);
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void GdeltRowsHaveThe61EventColumnsWithParleyValuesWhereItHasThem()
    {
        ResultTable table = ExportQuery.Gdelt(_store, new EventFilter { Dedup = true });
        Assert.Equal(61, table.Columns.Count);
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code"], table.Columns.Take(6));
        Assert.Equal(["DATEADDED", "SOURCEURL"], table.Columns.Skip(59));
        List<Dictionary<string, object?>> rows = Rows(table);
        Assert.Equal(2, rows.Count);
        Dictionary<string, object?> first = rows.Single(r => (string?)r["EventCode"] == "111");
        Assert.Equal((20200301, 202003, 2020), ((int)first["SQLDATE"]!, (int)first["MonthYear"]!, (int)first["Year"]!));
        Assert.Equal(("RUSGOVMIL", "RUS", "GOV", "MIL", null), ((string?)first["Actor1Code"], (string?)first["Actor1CountryCode"],
            (string?)first["Actor1Type1Code"], (string?)first["Actor1Type2Code"], (string?)first["Actor1Type3Code"]));
        Assert.Equal(("111", "11", 3, -2.0, 2L), ((string?)first["EventBaseCode"], (string?)first["EventRootCode"],
            (int)first["QuadClass"]!, (double)first["GoldsteinScale"]!, Convert.ToInt64(first["NumMentions"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("s1", first["SOURCEURL"]);
        Assert.Equal(1, first["IsRootEvent"]);
        Assert.Equal(1, rows.Single(r => (string?)r["EventCode"] == "043")["QuadClass"]);
    }

    [Fact]
    public void PhoenixRowsSplitActorsIntoEntityRoleAndAttribute()
    {
        ResultTable table = ExportQuery.Phoenix(_store, EventFilter.All);
        Assert.Equal("EventID", table.Columns[0]);
        Assert.Equal(26, table.Columns.Count);
        Dictionary<string, object?> first = Rows(table)[0];
        Assert.Equal(("s1:0", "20200301", "RUSGOVMIL", "RUS", "GOV", "MIL"), ((string?)first["EventID"], (string?)first["Date"],
            (string?)first["SourceActorFull"], (string?)first["SourceActorEntity"], (string?)first["SourceActorRole"], (string?)first["SourceActorAttribute"]));
        Assert.Equal(("s1_0", 3), ((string?)first["SentenceID"], (int)first["QuadClass"]!));
    }

    [Fact]
    public void ParquetIsReadBackWithEveryColumn()
    {
        string path = Path.Combine(_directory.Path, "events.parquet");
        Assert.Equal(3, ExportQuery.ToParquet(_store, EventFilter.All, path));
        using var command = _store.Connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT story_id), min(goldstein) FROM read_parquet($path)";
        command.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter("path", path));
        using (var reader = command.ExecuteReader())
        {
            Assert.True(reader.Read());
            Assert.Equal((3L, 2L, -2.0), (reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2)));
        }
        command.CommandText = "SELECT name FROM parquet_schema($path) WHERE name <> 'duckdb_schema'";
        var names = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }
        Assert.Equal(ResultTables.Events([], withStories: false).Columns, names);
    }

    [Fact]
    public void CsvExportStartsWithTheEventColumns()
    {
        var writer = new StringWriter();
        CsvTableWriter.Write(writer, ResultTables.Events(EventQuery.Run(_store, EventFilter.All), withStories: false));
        string[] lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("story_id,sentence_index,date,source_code,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("s1,0,2020-03-01,RUSGOVMIL,RUSGOVMIL,RUS,GOVMIL,USA,", lines[1], StringComparison.Ordinal);
    }

    private static List<Dictionary<string, object?>> Rows(ResultTable table) =>
        table.Rows.Select(row => table.Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2)).ToList();
}
