using Cchc.V1;
using Indicator = CchcGrpc.Server.Domain.Catalog.Indicator;
using CchcGrpc.Server.Domain.Import;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>One source row and the indicator it was taken to be (null: unmapped, ignored, or a section heading).</summary>
/// <param name="Match">How a printed row was matched (its score, candidates, field, parent); null for rows named by catalog id.</param>
public sealed record MappedRow(ImportRow Row, Indicator? Indicator, RowMatchKind Kind, RowMatch? Match = null);
