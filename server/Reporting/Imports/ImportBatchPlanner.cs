using System.Collections.Concurrent;
using Cchc.V1;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Store;
using Google.Protobuf;
using NarrativeSection = CchcGrpc.Server.Domain.Reports.NarrativeSection;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using Principal = CchcGrpc.Server.Domain.Access.Principal;
using RowStatus = Cchc.V1.RowResult.Types.Status;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// Works out what one batch (one report) does, given the report as stored: checks the batch's
/// header and the caller's right, maps and reads its rows, merges them with the stored values,
/// recomputes derived values, validates, and finds what differs. Writes nothing.
/// </summary>
public sealed class ImportBatchPlanner(IUnitStore units, CatalogSet catalogs, TimeProvider time)
{
    // Units are few; the cache lives for one call and is shared by its planning and writing sides.
    private readonly ConcurrentDictionary<string, StoredUnit?> _units = new(StringComparer.Ordinal);

    public async Task<PlannedBatch> PlanAsync(ImportBatch batch, int index, Principal who, Func<ReportKey, Task<StoredReport?>> stored, CancellationToken cancellationToken)
    {
        var at = $"batches[{index}]";
        var name = batch.UnitCode.Length > 0 && batch.PeriodId.Length > 0 ? new ReportKey(batch.UnitCode, batch.PeriodId).Name : "";
        PlannedBatch Refuse(string message, bool final, long? baseRevision = null) => new(batch, index, new BatchResult
        {
            IdempotencyKey = batch.IdempotencyKey, ReportName = name, Outcome = Outcome.Rejected, Message = message, Rejected = batch.Rows.Count,
        }, final, baseRevision, null, [], null, []);

        if (batch.UnitCode.Length == 0 || batch.PeriodId.Length == 0)
        {
            return Refuse($"{at}: unit_code and period_id name the report; both are required.", true);
        }
        if (!PeriodId.TryParse(batch.PeriodId, out _, out var periodError))
        {
            return Refuse($"{at}.period_id: {periodError}", true);
        }
        var unit = await UnitAsync(batch.UnitCode, cancellationToken);
        if (unit is null)
        {
            return Refuse($"{at}.unit_code: unit '{batch.UnitCode}' does not exist.", true);
        }
        if (!AccessPolicy.Allows(who, Operation.EditReport, unit.Path))
        {
            return Refuse($"{who.UserName} may not edit reports of {unit.Unit.Code}; nothing of this batch was written.", true);
        }
        if (!ImportRowMapper.IsKnownVariant(catalogs.Current, batch.Variant))
        {
            return Refuse($"{at}.variant: '{batch.Variant}' is not \"\", \"id\", \"{Domain.Import.MatchScope.AnyForm}\" or a form variant ({string.Join(", ", catalogs.Current.Variants.Select(v => v.Id))}).", true);
        }

        var key = new ReportKey(batch.UnitCode, batch.PeriodId);
        var existing = await stored(key);
        if (existing is not null && !ReportWorkflow.IsEditable(existing.Status))
        {
            return Refuse($"Report {key} is {existing.Status.ToString().ToLowerInvariant()}; only draft and returned reports can be imported into. Nothing of this batch was written.", false, existing.Revision);
        }
        var catalog = existing is null ? catalogs.Current : catalogs.For(existing.CatalogVersion);
        var level = unit.Unit.Level;
        var before = existing?.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal) ?? [];

        var (rules, ruleProblem) = ImportMapRules.Read(batch, catalog, at);
        if (rules is null)
        {
            return Refuse(ruleProblem!, true);
        }
        var outcome = new BatchResult { IdempotencyKey = batch.IdempotencyKey, ReportName = name };
        var read = BatchRows.Read(batch, catalog, level, rules, name);
        var (rows, values) = (read.Listed, read.Values);
        outcome.Rejected += read.Rejected;

        var (merged, validation) = ReportContent.MergeAndValidate(catalog, level, existing?.Values ?? [], values);
        var byId = merged.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        foreach (var value in values)
        {
            // Compared after the merge: an empty cell whose value the server derives is unchanged.
            var old = before.GetValueOrDefault(value.IndicatorId);
            if (old is null) outcome.Imported++;
            else if (old.SameAs(byId[value.IndicatorId])) outcome.Unchanged++;
            else outcome.Updated++;
        }
        var findings = new PlannedFindings(name, validation.Findings, catalog, level, byId, read.SourceCodes, read.SourceLines);
        var toWrite = ReportContent.Differing(merged, before);
        var narrative = batch.Narrative.Select(n => new NarrativeSection(n.Key, n.Heading, n.Body)).ToList();
        var narrativeChanges = narrative.Any(n => existing?.Narrative.FirstOrDefault(s => s.Key == n.Key) is not { } s || s.Heading != n.Heading || s.Body != n.Body);

        ReportChange? change = null;
        if (batch.DryRun)
        {
            outcome.Outcome = Outcome.DryRun;
            outcome.Revision = existing?.Revision ?? 0;
        }
        else if (existing is null && toWrite.Count == 0 && !narrativeChanges)
        {
            outcome.Outcome = Outcome.Unchanged;
            outcome.Message = "Nothing to store; the report was not created.";
        }
        else
        {
            var applied = toWrite.Count > 0 || narrativeChanges || existing is null;
            outcome.Outcome = applied ? Outcome.Applied : Outcome.Unchanged;
            outcome.Revision = existing?.Revision ?? 0;
            var entry = batch.IdempotencyKey.Length == 0 ? null
                : new ImportLedgerEntry(batch.IdempotencyKey, revision =>
                {
                    var recorded = outcome.Clone();
                    recorded.Revision = revision;
                    return recorded.ToByteArray();
                });
            change = new ReportChange(key, catalog.Version, existing?.Revision ?? 0, toWrite, narrative, who.UserName, "ImportValues", time.GetUtcNow(), entry);
        }
        return new PlannedBatch(batch, index, outcome, false, existing?.Revision, change, rows, findings, read.Mappings);
    }

    private async Task<StoredUnit?> UnitAsync(string code, CancellationToken cancellationToken)
    {
        if (!_units.TryGetValue(code, out var unit))
        {
            unit = await units.GetAsync(code, cancellationToken);
            _units[code] = unit;
        }
        return unit;
    }
}
