namespace CchcGrpc.Server.SampleData;

/// <summary>The kinds of value the demo generator knows how to invent.</summary>
public enum DemoIndicatorKind
{
    /// <summary>A whole number (Văn bản, Hồ sơ, Nhiệm vụ); money can be fed in as a count too.</summary>
    Count,

    /// <summary>A derived percentage: part / whole × 100, both counts.</summary>
    Percent,

    /// <summary>A coded choice (<c>Chưa = 0, Hoàn thành = 1</c>).</summary>
    Choice,
}
