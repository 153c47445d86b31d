using System.ComponentModel;
using Parley.Store;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>The option every store command shares: which store file.</summary>
internal class StoreSettings : CommandSettings
{
    [CommandOption("--db <FILE>")]
    [Description("The store file (default: parley.duckdb in the working directory).")]
    public string Db { get; init; } = EventStore.DefaultPath;

    /// <summary>Opens the store; a query command refuses to create one that does not exist.</summary>
    public EventStore Open(bool create = false)
    {
        if (!create && !File.Exists(Db))
        {
            throw new FileNotFoundException($"{Db}: no such store (create one with 'parley ingest')");
        }
        return EventStore.Open(Db);
    }
}
