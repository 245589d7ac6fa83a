using Cchc.V1;
using Indicator = CchcGrpc.Server.Domain.Catalog.Indicator;
using CchcGrpc.Server.Domain.Catalog;
using CchcGrpc.Server.Domain.Import;

namespace CchcGrpc.Server.Reporting.Imports;

/// <summary>One source row and the indicator it was taken to be (null: unmapped, or a section heading).</summary>
public sealed record MappedRow(ImportRow Row, Indicator? Indicator, RowMatchKind Kind);
