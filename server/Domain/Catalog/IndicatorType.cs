namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>What kind of value an indicator takes.</summary>
public enum IndicatorType
{
    /// <summary>A whole number of things (Văn bản, Thủ tục, Hồ sơ, Người...).</summary>
    Count,

    /// <summary>A number that may have decimals.</summary>
    Decimal,

    /// <summary>0–100, usually derived from two counts.</summary>
    Percent,

    /// <summary>An amount in the indicator's unit (Triệu đồng, Tỷ đồng).</summary>
    Money,

    /// <summary>One of the coded options printed in the unit column (<c>Chưa = 0, Hoàn thành = 1</c>).</summary>
    Choice,

    /// <summary>Không = 0, Có = 1.</summary>
    YesNo,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A heading row that groups other rows and takes no value itself.</summary>
    Group,
}
