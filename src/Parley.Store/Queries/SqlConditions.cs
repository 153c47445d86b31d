using System.Globalization;
using DuckDB.NET.Data;

namespace Parley.Store.Queries;

/// <summary>
/// The WHERE clause of a query under construction and its parameters: every value from a user goes in as a named
/// parameter (<c>$p0</c>, <c>$p1</c>…), never into the SQL text.
/// </summary>
internal sealed class SqlConditions
{
    private readonly List<string> _clauses = [];
    private readonly List<DuckDBParameter> _parameters = [];

    /// <summary>Registers <paramref name="value"/> as a parameter and returns its placeholder.</summary>
    public string Parameter(object value)
    {
        string name = "p" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new DuckDBParameter(name, value));
        return "$" + name;
    }

    /// <summary>Adds a condition that must hold.</summary>
    public void Add(string clause) => _clauses.Add(clause);

    /// <summary>"WHERE a AND b", or "" with no condition.</summary>
    public string Where => _clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _clauses);

    /// <summary>A command on <paramref name="connection"/> with <paramref name="sql"/> and the parameters.</summary>
    public DuckDBCommand Command(DuckDBConnection connection, string sql)
    {
        DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (DuckDBParameter parameter in _parameters)
        {
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
