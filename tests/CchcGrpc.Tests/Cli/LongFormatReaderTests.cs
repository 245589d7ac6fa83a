using CchcGrpc.Client.Import;

namespace CchcGrpc.Tests.Cli;

/// <summary>The long format (unit, period, indicator, value, note) as CSV, TSV and JSON: values kept exactly, errors with line numbers.</summary>
public sealed class LongFormatReaderTests
{
    [Fact]
    public void Csv_keeps_Vietnamese_numbers_quoted_commas_and_doubled_quotes()
    {
        const string csv = "unit,period,indicator,value,note\n"
            + "67,2022,III.1.4,1.909,\n"
            + "67,2022,III.3.1,\"99,73%\",\"ghi chú \"\"tạm\"\"\"\n"
            + "67,2022,VII.6.4.2,42.95,\n";
        var rows = DelimitedReader.Read(csv, ',', "a.csv");
        Assert.Equal([("III.1.4", "1.909", ""), ("III.3.1", "99,73%", "ghi chú \"tạm\""), ("VII.6.4.2", "42.95", "")],
            rows.Select(r => (r.Indicator, r.RawValue, r.Note)));
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Equal(("67", "2022"), (r.Unit, r.Period)));
    }

    [Fact]
    public void A_byte_order_mark_CRLF_and_blank_lines_are_tolerated_and_line_numbers_stay_the_files()
    {
        var rows = DelimitedReader.Read("\uFEFFunit,period,indicator,value,note\r\n\r\n67.SNV,2022-H1,1.1.2.,Đang triển khai 06,Tiếp tục triển khai\r\n", ',', "b.csv");
        var row = Assert.Single(rows);
        Assert.Equal((3, "67.SNV", "2022-H1", "Đang triển khai 06", "Tiếp tục triển khai"), (row.Line, row.Unit, row.Period, row.RawValue, row.Note));
    }

    [Fact]
    public void A_quoted_note_may_span_lines_and_the_next_row_keeps_its_own_line_number()
    {
        var rows = DelimitedReader.Read("indicator,value,note,unit,period\nI.5.1,143,\"Đang thực hiện 40\n(39 trong hạn; 01 quá hạn)\",67,2022\nI.5.2,101,,67,2022\n", ',', "c.csv");
        Assert.Equal("Đang thực hiện 40\n(39 trong hạn; 01 quá hạn)", rows[0].Note);
        Assert.Equal([2, 4], rows.Select(r => r.Line));
    }

    [Fact]
    public void Tsv_reads_slash_and_empty_cells_as_printed()
    {
        var rows = DelimitedReader.Read("unit\tperiod\tindicator\tvalue\tnote\n67\t2022\tI.1\t/\t\n67\t2022\tI.2\t\t\n", '\t', "d.tsv");
        Assert.Equal(["/", ""], rows.Select(r => r.RawValue));
    }

    [Theory]
    [InlineData("unit,period,indicator,value,note\n67,2022,I.1,15\n", 2, "4 fields, the header has 5")]
    [InlineData("unit,period,indicator,value,note\n67,2022,I.1,15,\n67,2022,I.2,\"100%,\n", 3, "a quoted field is not closed")]
    [InlineData("unit,period,indicator,note\n", 1, "missing column \"value\"")]
    [InlineData("unit,period,indicator,value,ghichu\n", 1, "unknown column \"ghichu\"")]
    [InlineData("unit,period,indicator,value,note\n\n67,2022,I.1,1\"5,\n", 3, "a quote inside an unquoted field")]
    [InlineData("unit,period,indicator,value,Value\n67,2022,I.1,15,16\n", 1, "column \"value\" is given twice")]
    public void Errors_name_the_file_and_line(string csv, int line, string reason)
    {
        var error = Assert.Throws<SourceFormatException>(() => DelimitedReader.Read(csv, ',', "bad.csv"));
        Assert.Equal(line, error.Line);
        Assert.StartsWith(reason, error.Reason);
        Assert.StartsWith($"bad.csv:{line}: ", error.Message);
    }

    [Fact]
    public void Json_rows_carry_the_line_their_object_starts_on_and_numbers_as_written()
    {
        const string json = "\uFEFF[\n  {\"unit\": \"67\", \"period\": \"2022\", \"indicator\": \"III.1.4\", \"value\": \"1.909\"},\n"
            + "  {\"unit\": \"67\", \"period\": \"2022\", \"indicator\": \"I.1\", \"value\": 15, \"note\": null}\n]";
        var rows = JsonRowsReader.Read(json, "v.json");
        Assert.Equal([(2, "1.909", ""), (3, "15", "")], rows.Select(r => (r.Line, r.RawValue, r.Note)));
    }

    [Theory]
    [InlineData("[\n {\"indicator\": \"I.1\", \"value\": \"15\"},\n {\"indicator\": \"I.2\" \"value\": 1}\n]", 3)]
    [InlineData("[\n {\"indicator\": \"I.1\", \"value\": \"15\"},\n {\"indicator\": \"I.2\"}\n]", 3)]
    [InlineData("[\n {\"indicator\": \"I.1\", \"value\": [1]}\n]", 2)]
    [InlineData("{\"indicator\": \"I.1\"}", 1)]
    public void Json_errors_name_the_line(string json, int line)
    {
        var error = Assert.Throws<SourceFormatException>(() => JsonRowsReader.Read(json, "v.json"));
        Assert.Equal(line, error.Line);
    }

    [Theory]
    [InlineData("values.csv", "x", ImportFormat.Csv)]
    [InlineData("values.TSV", "x", ImportFormat.Tsv)]
    [InlineData("bao-cao.txt", "x", ImportFormat.Appendix)]
    [InlineData("stdin", " [ {} ]", ImportFormat.Json)]
    [InlineData("stdin", "unit\tperiod\tindicator\tvalue\n", ImportFormat.Tsv)]
    [InlineData("stdin", "unit,period,indicator,value\n", ImportFormat.Csv)]
    [InlineData("stdin", "STT\tChỉ tiêu thống kê\tĐơn vị tính\n", ImportFormat.Appendix)]
    public void Auto_format_goes_by_extension_then_content(string name, string content, ImportFormat expected) =>
        Assert.Equal(expected, ImportSource.Detect(name, content));
}
