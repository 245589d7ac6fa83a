namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>The catalog file as written (server/Catalog/catalog-*.json); turned into the model by <see cref="CatalogBuilder"/>.</summary>
internal sealed class CatalogDocument
{
    public required string Version { get; init; }
    public required string Title { get; init; }
    public required List<VariantEntry> Variants { get; init; }

    /// <summary>Default plausible range per unit of measure ("%": [0, 100]).</summary>
    public Dictionary<string, decimal[]> UnitRanges { get; init; } = [];
    public required List<FieldEntry> Fields { get; init; }

    internal sealed class VariantEntry
    {
        public required string Id { get; init; }
        public required string Level { get; init; }
        public required string Name { get; init; }
        public required string Sections { get; init; }
        public required string Source { get; init; }

        /// <summary>
        /// Levels that fill this same layout without a printed form of their own (districts and
        /// communes use the province's indicators until their own forms are catalogued).
        /// </summary>
        public List<string> AlsoLevels { get; init; } = [];
    }

    internal sealed class FieldEntry
    {
        public required string Field { get; init; }
        public required string Name { get; init; }
        public Dictionary<string, string> Titles { get; init; } = [];
        public required List<IndicatorEntry> Indicators { get; init; }
        public List<RuleEntry> Rules { get; init; } = [];
    }

    internal sealed class IndicatorEntry
    {
        public required string Code { get; init; }
        public required string Name { get; init; }
        public string Unit { get; init; } = "";
        public required string Type { get; init; }

        /// <summary>As the unit column prints them: "Chưa = 0, Hoàn thành = 1".</summary>
        public string? Options { get; init; }
        public Dictionary<string, string> Forms { get; init; } = [];
        public Dictionary<string, string> Printed { get; init; } = [];
        public Dictionary<string, string> Labels { get; init; } = [];
        public List<string> Levels { get; init; } = [];
        public string? Formula { get; init; }
        public decimal Tolerance { get; init; }
        public string? Aggregate { get; init; }
        public Dictionary<string, decimal[]> Plausible { get; init; } = [];
        public string? Note { get; init; }
    }

    internal sealed class RuleEntry
    {
        public required string Id { get; init; }
        public required string Rule { get; init; }
        public required string Severity { get; init; }
        public string Missing { get; init; } = "skip";
        public required string Message { get; init; }
    }
}
