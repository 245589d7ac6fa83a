using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcGrpc.Client.Tui.Offline;

/// <summary>
/// The local drafts, one JSON file per report in <c>drafts/</c> of the config folder, each written
/// atomically (<see cref="AtomicFile"/>) before its edits are sent, so that nothing typed is lost when
/// the link drops or the client is killed mid-edit. A draft is deleted once the server has stored it.
/// </summary>
public sealed class DraftStore(string configDirectory)
{
    static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The folder of the draft files.</summary>
    public string Folder { get; } = Path.Combine(configDirectory, "drafts");

    /// <summary>Keeps the draft (replacing the report's previous one); a draft with no changes is removed.</summary>
    public void Save(ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.HasChanges)
        {
            Delete(draft.ReportName);
            return;
        }
        AtomicFile.Write(PathOf(draft.ReportName), JsonSerializer.SerializeToUtf8Bytes(draft, Json));
    }

    /// <summary>The report's draft, or null.</summary>
    public ReportDraft? Load(string reportName)
    {
        string path = PathOf(reportName);
        return File.Exists(path) ? Read(path) : null;
    }

    /// <summary>Every draft on disk (files that cannot be read are left for the operator, not deleted).</summary>
    public IReadOnlyList<ReportDraft> All()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        return [.. Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).Select(Read).OfType<ReportDraft>()];
    }

    /// <summary>Removes the report's draft.</summary>
    public void Delete(string reportName)
    {
        string path = PathOf(reportName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    static ReportDraft? Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ReportDraft>(File.ReadAllBytes(path), Json);
        }
        catch (Exception error) when (error is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // "reports/67.660/2022-Q1" → drafts/67.660~2022-Q1.json
    string PathOf(string reportName)
    {
        string key = reportName.StartsWith("reports/", StringComparison.Ordinal) ? reportName["reports/".Length..] : reportName;
        string file = string.Concat(key.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '~'));
        return Path.Combine(Folder, file + ".json");
    }
}
