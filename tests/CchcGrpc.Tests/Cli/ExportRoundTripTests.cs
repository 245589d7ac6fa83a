using Cchc.V1;
using CchcGrpc.Client.Export;
using CchcGrpc.Client.Import;

namespace CchcGrpc.Tests.Cli;

/// <summary>What `cchc export` writes, `cchc import` reads back to the same raw texts, notes and states.</summary>
public sealed class ExportRoundTripTests
{
    private static readonly Report Report = new()
    {
        Name = "reports/67/2022",
        UnitCode = "67",
        PeriodId = "2022",
        Values =
        {
            Value("I.1", "15"),
            Value("I.5.1", "143", "Đang thực hiện 40 (trong đó: 39 trong hạn; 01 quá hạn)"),
            Value("III.1.4", "1.909"),
            Value("III.3.1", "99,73%", "tỷ lệ \"đúng hạn\", theo Cổng DVC"),
            Value("VI.1.1", "2.584.631"),
            Value("VII.6.4.2", "42.95"),
            Value("VII.4", "2", "ghi chú\nhai dòng"),
            new IndicatorValue { IndicatorId = "II.1.2", State = ValueState.NotApplicable },
            new IndicatorValue { IndicatorId = "II.1.3", State = ValueState.NotReported },
            new IndicatorValue { IndicatorId = "I.2", State = ValueState.Reported, Number = "100", Derived = true },
            new IndicatorValue { IndicatorId = "II.1", State = ValueState.Reported, Number = "54", RawText = "54", Derived = true },
            new IndicatorValue { IndicatorId = "IV.1.5", State = ValueState.Reported, Number = "1909.5" },
        },
    };

    private static readonly string[] Expected =
        ["I.1=15", "I.5.1=143", "III.1.4=1.909", "III.3.1=99,73%", "VI.1.1=2.584.631", "VII.6.4.2=42.95", "VII.4=2", "II.1.2=/", "II.1.3=", "IV.1.5=1.909,5"];

    [Fact]
    public void Export_keeps_raw_texts_marks_states_and_leaves_derived_values_to_the_server()
    {
        var rows = ExportedValues.FromReport(Report);
        Assert.Equal(Expected, rows.Select(r => $"{r.Indicator}={r.RawValue}"));
    }

    [Fact]
    public void Csv_round_trips_exactly() => AssertSame(DelimitedReader.Read(LongTableWriter.Write(ExportedValues.FromReport(Report)), ',', "x.csv"));

    [Fact]
    public void Tsv_round_trips_exactly() => AssertSame(DelimitedReader.Read(LongTableWriter.Write(ExportedValues.FromReport(Report), '\t'), '\t', "x.tsv"));

    [Fact]
    public void Json_round_trips_exactly() => AssertSame(JsonRowsReader.Read(JsonRowsWriter.Write(ExportedValues.FromReport(Report)), "x.json"));

    [Fact]
    public void The_csv_starts_with_the_header_the_reader_expects_and_quotes_only_what_needs_it()
    {
        var lines = LongTableWriter.Write(ExportedValues.FromReport(Report)).Split('\n');
        Assert.Equal("unit,period,indicator,value,note", lines[0]);
        Assert.Equal("67,2022,III.1.4,1.909,", lines[3]);
        Assert.Equal("67,2022,III.3.1,\"99,73%\",\"tỷ lệ \"\"đúng hạn\"\", theo Cổng DVC\"", lines[4]);
    }

    [Fact]
    public void The_appendix_layout_reads_back_as_the_province_form_with_codes_values_and_notes()
    {
        Indicator[] catalog =
        [
            new() { Id = "I.1", Field = "I", Code = "1", VariantCodes = { ["province"] = "1" }, Name = "Số văn bản chỉ đạo CCHC đã ban hành", UnitOfMeasure = "Văn bản" },
            new() { Id = "I.5", Field = "I", Code = "5", VariantCodes = { ["province"] = "5" }, Name = "Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao", IsGroup = true },
            new() { Id = "I.5.1", Field = "I", Code = "5.1", VariantCodes = { ["province"] = "5.1" }, Name = "Tổng số nhiệm vụ được giao", UnitOfMeasure = "Nhiệm vụ", ParentId = "I.5" },
            new() { Id = "III.3.1", Field = "III", Code = "3.1", VariantCodes = { ["province"] = "3.1" }, Name = "Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn", UnitOfMeasure = "%", ParentId = "III.3" },
            new() { Id = "II.1.2", Field = "II", Code = "1.2", VariantCodes = { ["province"] = "1.2" }, Name = "Số VBQPPL do cấp huyện ban hành", UnitOfMeasure = "Văn bản", ParentId = "II.1" },
            // Only the department form asks about dialogues: not a row of Biểu 1–7.
            new() { Id = "I.8", Field = "I", Code = "8", VariantCodes = { ["department"] = "1.5" }, Name = "Tổ chức đối thoại của lãnh đạo với người dân, cộng đồng doanh nghiệp", Levels = { UnitLevel.Department } },
            new() { Id = "VII.4", Field = "VII", Code = "4", VariantCodes = { ["province"] = "4" }, Name = "Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP).", UnitOfMeasure = "Chưa = 0 Đang làm = 1 Hoàn thành = 2" },
        ];
        var values = ExportedValues.FromReport(Report).ToDictionary(r => r.Indicator);
        var text = AppendixWriter.Write("Phụ lục 67 2022", catalog, values);
        var read = ExtractedAppendix.Extract(text, "export.txt");
        Assert.Equal(7, read.Tables.Count);
        Assert.Equal(
            [
                ("Biểu 1", "1", "15", ""),
                ("Biểu 1", "5.1", "143", "Đang thực hiện 40 (trong đó: 39 trong hạn; 01 quá hạn)"),
                ("Biểu 2", "1.2", "/", ""),
                ("Biểu 3", "3.1", "99,73%", "tỷ lệ \"đúng hạn\", theo Cổng DVC"),
                ("Biểu 7", "4", "2", "ghi chú hai dòng"),
            ],
            read.Rows.Where(r => r.RawValue.Length > 0).Select(r => (r.Table[..6], r.Indicator, r.RawValue, r.Note)));
        Assert.Equal(["I.", "1", "5", "5.1", "II.", "1.2", "III.", "3.1", "IV.", "V.", "VI.", "VII.", "4"], read.Rows.Select(r => r.Indicator));
        Assert.Contains("**Biểu 3**\n**Cải cách thủ tục hành chính**", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1909", false, "1.909")]
    [InlineData("2584631", false, "2.584.631")]
    [InlineData("99.73", true, "99,73%")]
    [InlineData("-1234.5", false, "-1.234,5")]
    [InlineData("100", true, "100%")]
    [InlineData("", true, "")]
    public void Numbers_are_written_the_Vietnamese_way(string invariant, bool percent, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Format(invariant, percent));

    private static void AssertSame(IReadOnlyList<SourceRow> read)
    {
        var written = ExportedValues.FromReport(Report);
        Assert.Equal(written.Select(r => (r.Unit, r.Period, r.Indicator, r.RawValue, r.Note)),
            read.Select(r => (r.Unit, r.Period, r.Indicator, r.RawValue, r.Note)));
    }

    private static IndicatorValue Value(string id, string raw, string note = "") =>
        new() { IndicatorId = id, State = ValueState.Reported, RawText = raw, Note = note };
}
