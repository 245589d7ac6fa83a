namespace CchcGrpc.Server.SampleData;

/// <summary>Indicators so that every whole comes before its parts and every part before its percentage.</summary>
internal static class DemoIndicatorOrder
{
    public static List<DemoIndicator> Of(IReadOnlyList<DemoIndicator> indicators)
    {
        var byId = new Dictionary<string, DemoIndicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            if (!byId.TryAdd(indicator.Id, indicator))
            {
                throw new ArgumentException($"Indicator '{indicator.Id}' is listed twice.", nameof(indicators));
            }
        }

        var ordered = new List<DemoIndicator>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: in progress, true: done
        foreach (var indicator in indicators)
        {
            Visit(indicator);
        }

        return ordered;

        void Visit(DemoIndicator indicator)
        {
            if (state.TryGetValue(indicator.Id, out var done))
            {
                if (!done)
                {
                    throw new ArgumentException($"Indicator '{indicator.Id}' depends on itself.", nameof(indicators));
                }

                return;
            }

            state[indicator.Id] = false;
            foreach (var dependency in new[] { indicator.PartOf, indicator.PartId, indicator.WholeId }.OfType<string>())
            {
                if (!byId.TryGetValue(dependency, out var other) || other.Kind != DemoIndicatorKind.Count)
                {
                    throw new ArgumentException($"Indicator '{indicator.Id}' refers to '{dependency}', which is not a count in the list.", nameof(indicators));
                }

                Visit(other);
            }

            state[indicator.Id] = true;
            ordered.Add(indicator);
        }
    }
}
