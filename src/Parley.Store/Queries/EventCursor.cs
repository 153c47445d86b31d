using System.Globalization;
using System.Text;

namespace Parley.Store.Queries;

/// <summary>
/// Where a page of events ended: the last event's (date, story, position), the key of the listing order (date with
/// undated events last, then story id, then position). The next page starts strictly after it, so pages neither
/// repeat nor skip events when stories are added meanwhile, and a deep page costs what the first one does.
/// </summary>
/// <param name="Date">The date of the last event of the page (null: an undated event).</param>
/// <param name="StoryId">Its story.</param>
/// <param name="EventIndex">Its position in the story.</param>
public sealed record EventCursor(DateOnly? Date, string StoryId, int EventIndex)
{
    private const char Separator = '\u001f';

    /// <summary>The cursor as an opaque URL-safe token (base64url of date, story id and position).</summary>
    public string ToToken()
    {
        string date = Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        string plain = string.Join(Separator, date, EventIndex.ToString(CultureInfo.InvariantCulture), StoryId);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(plain)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a token made by <see cref="ToToken"/>; false for anything else.</summary>
    public static bool TryParse(string? token, out EventCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return false;
        }
        string base64 = token.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out int length))
        {
            return false;
        }
        string[] parts = Encoding.UTF8.GetString(bytes, 0, length).Split(Separator, 3);
        if (parts.Length != 3
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            return false;
        }
        DateOnly? date = null;
        if (parts[0].Length > 0)
        {
            if (!DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d))
            {
                return false;
            }
            date = d;
        }
        cursor = new EventCursor(date, parts[2], index);
        return true;
    }

    /// <summary>Adds "after this cursor in listing order" to <paramref name="sql"/>.</summary>
    internal void AddTo(SqlConditions sql)
    {
        string story = sql.Parameter(StoryId);
        string index = sql.Parameter(EventIndex);
        string laterInDay = $"(story_id > {story} OR (story_id = {story} AND event_index > {index}))";
        if (Date is { } date)
        {
            string d = sql.Parameter(date);
            sql.Add($"(date IS NULL OR date > {d} OR (date = {d} AND {laterInDay}))");
        }
        else
        {
            sql.Add($"(date IS NULL AND {laterInDay})");
        }
    }
}
