using Cchc.V1;
using CchcGrpc.Client.Cli;

namespace CchcGrpc.Client.Import;

/// <summary>One file of an import and how its rows become batches; read through once to check it, then again to send.</summary>
internal sealed class ImportPlan(ImportSource source, BatchOptions options)
{
    public int Rows { get; private set; }

    public int BatchCount { get; private set; }

    /// <summary>Reads every row (and so every line's format) without sending or keeping any, counting rows and batches.</summary>
    public void Check()
    {
        (Rows, BatchCount) = (0, 0);
        foreach (var batch in BatchPlanner.Stream(source, options))
        {
            Rows += batch.Rows.Count;
            BatchCount++;
        }
    }

    public IEnumerable<ImportBatch> Batches() => BatchPlanner.Stream(source, options);

    public string Describe(Messages messages) => source.Format == ImportFormat.Appendix
        ? ImportTexts.Format(messages, "tables_read", Rows, Tables(), source.Name, BatchCount)
        : messages.Format("rows_read", Rows, source.Name, source.Format.ToString().ToLowerInvariant(), BatchCount);

    private int Tables() => source.Rows.Select(r => r.Table).Distinct().Count();
}
