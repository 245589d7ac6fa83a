using Cchc.V1;
using Principal = CchcGrpc.Server.Domain.Access.Principal;
using CchcGrpc.Server.Domain.Access;
using CchcGrpc.Server.Domain.Periods;
using CchcGrpc.Server.Domain.Reports;
using CchcGrpc.Server.Store;
using Google.Protobuf;
using NarrativeSection = CchcGrpc.Server.Domain.Reports.NarrativeSection;
using Outcome = Cchc.V1.BatchResult.Types.Outcome;
using RowStatus = Cchc.V1.RowResult.Types.Status;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>
/// Applies one batch (one report) atomically through the call's import session: maps and reads its
/// rows, merges them with what is stored, recomputes derived values, validates, and writes what
/// differs together with the batch's idempotency key. A batch that cannot be applied writes nothing
/// and says why.
/// </summary>
public sealed class ImportBatchApplier(IImportSession session, IUnitStore units, CatalogSet catalogs, TimeProvider time)
{
    private readonly Dictionary<string, StoredUnit?> _units = new(StringComparer.Ordinal);

    public async Task ApplyAsync(ImportBatch batch, int index, Principal who, ImportResultBuilder result, CancellationToken cancellationToken)
    {
        var at = $"batches[{index}]";
        var name = batch.UnitCode.Length > 0 && batch.PeriodId.Length > 0 ? new ReportKey(batch.UnitCode, batch.PeriodId).Name : "";
        BatchResult Refuse(string message) => new()
        {
            IdempotencyKey = batch.IdempotencyKey, ReportName = name, Outcome = Outcome.Rejected, Message = message, Rejected = batch.Rows.Count,
        };

        if (batch.UnitCode.Length == 0 || batch.PeriodId.Length == 0)
        {
            result.AddBatch(Refuse($"{at}: unit_code and period_id name the report; both are required."), batch.DryRun);
            return;
        }
        if (!PeriodId.TryParse(batch.PeriodId, out _, out var periodError))
        {
            result.AddBatch(Refuse($"{at}.period_id: {periodError}"), batch.DryRun);
            return;
        }
        var unit = await UnitAsync(batch.UnitCode, cancellationToken);
        if (unit is null)
        {
            result.AddBatch(Refuse($"{at}.unit_code: unit '{batch.UnitCode}' does not exist."), batch.DryRun);
            return;
        }
        if (!AccessPolicy.Allows(who, Operation.EditReport, unit.Path))
        {
            result.AddBatch(Refuse($"{who.UserName} may not edit reports of {unit.Unit.Code}; nothing of this batch was written."), batch.DryRun);
            return;
        }
        if (!ImportRowMapper.IsKnownVariant(catalogs.Current, batch.Variant))
        {
            result.AddBatch(Refuse($"{at}.variant: '{batch.Variant}' is not \"\", \"id\" or a form variant ({string.Join(", ", catalogs.Current.Variants.Select(v => v.Id))})."), batch.DryRun);
            return;
        }
        if (!batch.DryRun && batch.IdempotencyKey.Length > 0 && session.FindBatch(batch.IdempotencyKey) is { } recorded)
        {
            result.AddBatch(Replayed(recorded), batch.DryRun);
            return;
        }

        var key = new ReportKey(batch.UnitCode, batch.PeriodId);
        var existing = session.Find(key);
        if (existing is not null && !ReportWorkflow.IsEditable(existing.Status))
        {
            result.AddBatch(Refuse($"Report {key} is {existing.Status.ToString().ToLowerInvariant()}; only draft and returned reports can be imported into. Nothing of this batch was written."), batch.DryRun);
            return;
        }
        var catalog = existing is null ? catalogs.Current : catalogs.For(existing.CatalogVersion);
        var level = unit.Unit.Level;
        var before = existing?.Values.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal) ?? [];

        var outcome = new BatchResult { IdempotencyKey = batch.IdempotencyKey, ReportName = name };
        var rows = new List<RowResult>();
        var values = new List<ReportValue>();
        var sourceCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mapped in ImportRowMapper.Map(catalog, batch.Variant, batch.Rows))
        {
            var row = mapped.Row;
            RowResult Row(RowStatus status, string message) => new()
            {
                SourceLine = row.SourceLine, ReportName = name, Status = status, IndicatorId = mapped.Indicator?.Id ?? "", SourceCode = row.Indicator, Message = message,
            };
            if (mapped.Kind == Domain.Import.RowMatchKind.Section)
            {
                continue;
            }
            if (mapped.Indicator is not { } indicator)
            {
                outcome.Rejected++;
                rows.Add(Row(RowStatus.Unmapped, $"'{row.Indicator} {row.Label}' names no indicator of catalog {catalog.Version} ({(batch.Variant.Length == 0 ? "id" : batch.Variant)})."));
                continue;
            }
            if (!indicator.AppliesTo(level))
            {
                outcome.Rejected++;
                rows.Add(Row(RowStatus.Rejected, $"{indicator.Id} does not apply to a {level.ToString().ToLowerInvariant()}."));
                continue;
            }
            if (!sourceCodes.TryAdd(indicator.Id, row.Indicator))
            {
                outcome.Rejected++;
                rows.Add(Row(RowStatus.Rejected, $"{indicator.Id} is given twice in this batch; the first is kept."));
                continue;
            }
            var read = ImportValueReader.Read(indicator, row);
            if (read.Rejection is not null)
            {
                outcome.Rejected++;
                rows.Add(Row(RowStatus.Rejected, read.Rejection));
                continue;
            }
            if (read.Value is { } value)
            {
                values.Add(value);
            }
            var warning = read.Warning ?? (mapped.Kind == Domain.Import.RowMatchKind.CodeOnly
                ? $"Matched {indicator.Id} by code only; the label differs from '{indicator.Name}'." : null);
            if (warning is not null)
            {
                rows.Add(Row(RowStatus.Warning, warning));
            }
        }

        var merged = ReportContent.Merge(catalog, level, existing?.Values ?? [], values);
        var byId = merged.ToDictionary(v => v.IndicatorId, StringComparer.Ordinal);
        foreach (var value in values)
        {
            // Compared after the merge: an empty cell whose value the server derives is unchanged.
            var old = before.GetValueOrDefault(value.IndicatorId);
            if (old is null) outcome.Imported++;
            else if (old.SameAs(byId[value.IndicatorId])) outcome.Unchanged++;
            else outcome.Updated++;
        }
        var findings = new ReportFindings { ReportName = name };
        foreach (var finding in ReportContent.Validate(catalog, level, merged).Findings)
        {
            var proto = Services.FindingMapping.ToProto(finding, catalog, level, byId);
            // Name the indicators as the source numbered them, where it did.
            for (var i = 0; i < proto.IndicatorIds.Count; i++)
            {
                if (sourceCodes.TryGetValue(proto.IndicatorIds[i], out var code)) proto.IndicatorCodes[i] = code;
            }
            findings.Findings.Add(proto);
        }
        var toWrite = merged.Where(v => !before.TryGetValue(v.IndicatorId, out var old) || !old.SameAs(v)).ToList();
        var narrative = batch.Narrative.Select(n => new NarrativeSection(n.Key, n.Heading, n.Body)).ToList();
        var narrativeChanges = narrative.Any(n => existing?.Narrative.FirstOrDefault(s => s.Key == n.Key) is not { } s || s.Heading != n.Heading || s.Body != n.Body);

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
            var entry = batch.IdempotencyKey.Length == 0 ? null
                : new ImportLedgerEntry(batch.IdempotencyKey, revision =>
                {
                    var stored = outcome.Clone();
                    stored.Revision = revision;
                    return stored.ToByteArray();
                });
            var change = new ReportChange(key, catalog.Version, existing?.Revision ?? 0, toWrite, narrative, who.UserName, "ImportValues", time.GetUtcNow(), entry);
            try
            {
                outcome.Revision = session.Apply(change);
            }
            catch (StoreException ex) when (ex.Failure == StoreFailure.AlreadyExists)
            {
                // Another call applied the same key meanwhile; this write was rolled back.
                result.AddBatch(Replayed(session.FindBatch(batch.IdempotencyKey)!), batch.DryRun);
                return;
            }
            catch (StoreException ex) when (ex.Failure == StoreFailure.RevisionConflict)
            {
                result.AddBatch(Refuse($"Report {key} changed while the batch was applied ({ex.Message}); nothing of this batch was written, send it again."), batch.DryRun);
                return;
            }
        }
        foreach (var row in rows) result.AddRow(row);
        result.AddFindings(findings);
        result.AddBatch(outcome, batch.DryRun);
    }

    private static BatchResult Replayed(byte[] recorded)
    {
        var replayed = BatchResult.Parser.ParseFrom(recorded);
        replayed.Outcome = Outcome.Replayed;
        replayed.Message = "Already applied under this idempotency key; nothing was applied again.";
        return replayed;
    }

    private async Task<StoredUnit?> UnitAsync(string code, CancellationToken cancellationToken)
    {
        if (!_units.TryGetValue(code, out var unit))
        {
            unit = await units.GetAsync(code, cancellationToken);
            // Units are few; the cache lives for one call.
            _units[code] = unit;
        }
        return unit;
    }
}
