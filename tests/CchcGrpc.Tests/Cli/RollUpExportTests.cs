using Cchc.V1;
using CchcGrpc.Client.Export;

namespace CchcGrpc.Tests.Cli;

/// <summary>`cchc export --rollup`: choices have no sum, so they are exported as how many units chose each option.</summary>
public sealed class RollUpExportTests
{
    private static readonly Dictionary<string, Indicator> Catalog = new()
    {
        ["I.8"] = new() { Id = "I.8", Field = "I", Code = "8", ValueType = Cchc.V1.ValueType.YesNo, Options = { ["0"] = "Không", ["1"] = "Có" } },
        ["VII.4"] = new() { Id = "VII.4", Field = "VII", Code = "4", ValueType = Cchc.V1.ValueType.Choice, Options = { ["0"] = "Chưa", ["1"] = "Đang làm", ["2"] = "Hoàn thành" } },
        ["III.3.1"] = new() { Id = "III.3.1", Field = "III", Code = "3.1", ValueType = Cchc.V1.ValueType.Percent },
        ["I.1"] = new() { Id = "I.1", Field = "I", Code = "1", ValueType = Cchc.V1.ValueType.Integer },
    };

    private static readonly RollUpResponse RollUp = new()
    {
        UnitCode = "67",
        PeriodId = "2024",
        Values =
        {
            new RolledUpValue { IndicatorId = "I.1", Number = "1909", Contributors = 27, Aggregation = "sum" },
            new RolledUpValue { IndicatorId = "III.3.1", Number = "99.73", Contributors = 19, Aggregation = "recompute" },
            new RolledUpValue { IndicatorId = "I.8", Contributors = 15, Aggregation = "distribution", Distribution = { ["1"] = 12, ["0"] = 3 } },
            // Nobody chose "Đang làm": the option is still listed, with 0.
            new RolledUpValue { IndicatorId = "VII.4", Contributors = 19, Aggregation = "distribution", Distribution = { ["2"] = 11, ["0"] = 8 } },
            new RolledUpValue { IndicatorId = "VII.1", Contributors = 0, Aggregation = "distribution" },
        },
    };

    [Fact]
    public void Choices_are_exported_as_units_per_option_in_option_order_and_numbers_in_the_Vietnamese_format()
    {
        var rows = ExportedValues.FromRollUp(RollUp, Catalog);
        Assert.Equal(
            [
                ("I.1", "1.909", ""),
                ("III.3.1", "99,73%", ""),
                ("I.8", "Không: 3; Có: 12", ExportedValues.DistributionNote),
                ("VII.4", "Chưa: 8; Đang làm: 0; Hoàn thành: 11", ExportedValues.DistributionNote),
            ],
            rows.Select(r => (r.Indicator, r.RawValue, r.Note)));
    }

    [Fact]
    public void The_csv_and_the_appendix_carry_the_counts()
    {
        var rows = ExportedValues.FromRollUp(RollUp, Catalog);
        Assert.Contains("67,2024,I.8,Không: 3; Có: 12,Số đơn vị theo từng lựa chọn\n", LongTableWriter.Write(rows), StringComparison.Ordinal);
        var lgsp = Catalog["VII.4"].Clone();
        lgsp.Name = "Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP).";
        lgsp.UnitOfMeasure = "Chưa = 0 Đang làm = 1 Hoàn thành = 2";
        lgsp.VariantCodes["province"] = "4";
        var appendix = AppendixWriter.Write("Tổng hợp 67 2024", [lgsp], rows.ToDictionary(r => r.Indicator), UnitLevel.Province);
        Assert.Contains("<b>4</b>\t<b>Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP).</b>\tChưa = 0 Đang làm = 1 Hoàn thành = 2\tChưa: 8; Đang làm: 0; Hoàn thành: 11\tSố đơn vị theo từng lựa chọn\n",
            appendix, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_the_catalog_does_not_name_is_shown_by_its_code()
    {
        var value = new RolledUpValue { IndicatorId = "VII.4", Aggregation = "distribution", Distribution = { ["0"] = 1, ["7"] = 2 } };
        Assert.Equal("Chưa: 1; Đang làm: 0; Hoàn thành: 0; 7: 2", ChoiceCounts.Format(value, Catalog["VII.4"]));
    }
}
