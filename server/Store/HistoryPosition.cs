using System.Globalization;

namespace CchcGrpc.Server.Store;

/// <summary>
/// Where an audit entry sits in a report's history: its event row and, for a write of several
/// values (stored as one row), the value's place within it. History is read newest event first,
/// values of one event in the order they were written.
/// </summary>
public readonly record struct HistoryPosition(long EventId, int Item)
{
    /// <summary>"41:3"; the page token of GetReportHistory carries it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{EventId}:{Item}");

    /// <summary>Reads "41:3", or "41" (tokens from before values were grouped: everything of event 41 was seen).</summary>
    public static bool TryParse(string text, out HistoryPosition position)
    {
        var parts = text.Split(':');
        position = default;
        if (parts.Length is < 1 or > 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return false;
        }
        var item = int.MaxValue;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out item))
        {
            return false;
        }
        position = new HistoryPosition(eventId, item);
        return true;
    }
}
