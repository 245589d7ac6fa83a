using CchcGrpc.Client.Import;

namespace CchcGrpc.Tests.Cli;

/// <summary>The appendix reader on the layouts real district reports come in, one at a time, small enough to read.</summary>
public sealed class AppendixLayoutTests
{
    private static ExtractedAppendix Read(string text) => ExtractedAppendix.Extract(text.Replace("\r", ""), "huyen.txt");

    [Fact]
    public void Phu_luc_headings_glued_or_on_their_own_line_title_their_tables_and_a_one_row_header_names_the_columns()
    {
        var read = Read("""
            PHỤ LỤC 1**Công tác chỉ đạo điều hành CCHC**
            TT	Nội dung	ĐVT	Kết quả	Ghi chú
            1	Số văn bản chỉ đạo CCHC đã ban hành	Văn bản	12	
            <b>Phu luc so 2</b>
            THỐNG KÊ SỐ LIỆU
            CẢI CÁCH THỂ CHẾ
            STT	Chỉ tiêu	Số liệu	Đơn vị tính	Ghi chú
            1	Số VBQPPL do cấp huyện ban hành	3	Văn bản	đã đăng công báo
            """);

        Assert.Equal(["PHỤ LỤC 1 Công tác chỉ đạo điều hành CCHC", "Phu luc so 2 THỐNG KÊ SỐ LIỆU CẢI CÁCH THỂ CHẾ"], read.Tables);
        Assert.Equal([("1", "Văn bản", "12", ""), ("1", "Văn bản", "3", "đã đăng công báo")], read.Rows.Select(r => (r.Indicator, r.UnitOfMeasure, r.RawValue, r.Note)));
        Assert.Equal([3, 8], read.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_table_split_over_pages_is_one_table_whatever_stands_between_the_parts()
    {
        var read = Read("""
            Biểu 3
            STT	Chỉ tiêu thống kê	Đơn vị tính	Số liệu	Ghi chú
            (1)	(2)	(3)	(4)	(5)
            2.1.	Số TTHC liên thông cùng cấp	Thủ tục	87	

            UBND HUYỆN ĐẮK GLONG
            - 2 -

            STT	Chỉ tiêu thống kê	Đơn vị tính	Số liệu	Ghi chú
            2.2.	Số TTHC liên thông giữa các cấp chính quyền	Thủ tục	90	

            Trang 3/7

            2.3.	Số TTHC đã thực hiện tiếp nhận và giải quyết hồ sơ không phụ thuộc vào địa giới hành chính	Thủ tục	0	
            """);

        Assert.Equal(["Biểu 3"], read.Tables);
        Assert.Equal(["2.1.", "2.2.", "2.3."], read.Rows.Select(r => r.Indicator));
    }

    [Fact]
    public void Wrapped_labels_and_a_choice_over_several_lines_are_one_row_with_the_value_of_the_chosen_option()
    {
        var read = Read("""
            Phụ lục 7
            STT	Chỉ tiêu	Đơn vị tính	Số liệu	Ghi chú
            1.3.	Số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua	Cơ quan, đơn vị	0	
            thanh tra
            1.4.	Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận			
            	được giải quyết đúng hạn	%	98,9%	
            4	Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)	Chưa = 0		
            		Đang làm = 1		
            		Hoàn thành = 2	x	
            """);

        Assert.Equal(
            [
                ("Số cơ quan, tổ chức có vi phạm trong thực hiện vị trí việc làm phát hiện qua thanh tra", "Cơ quan, đơn vị", "0"),
                ("Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", "%", "98,9%"),
                ("Triển khai xây dựng nền tảng chia sẻ, tích hợp dùng chung (LGSP)", "Chưa = 0 Đang làm = 1 Hoàn thành = 2", "2"),
            ],
            read.Rows.Select(r => (r.Label, r.UnitOfMeasure, r.RawValue)));
        Assert.Equal([3, 5, 7], read.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Parts_keep_their_codes_as_printed_italics_go_and_composite_and_text_cells_are_kept_raw()
    {
        var read = Read("""
            Phụ lục 4
            STT	Chỉ tiêu	Đơn vị tính	Số liệu	Ghi chú
            1.5.	Tổng số đơn vị sự nghiệp công lập	Đơn vị	38	
            	Chia theo:			
            -	*Thuộc UBND huyện*	Đơn vị	<i>35</i>	
            -	Thuộc các phòng chuyên môn	Đơn vị	549/8	
            1.6.	Số lớp bồi dưỡng	Lớp	Đang triển khai 06	
            """);

        Assert.Equal(
            [("1.5.", "Tổng số đơn vị sự nghiệp công lập", ""), ("", "Chia theo:", ""), ("-", "Thuộc UBND huyện", "35"), ("-", "Thuộc các phòng chuyên môn", "549/8"), ("1.6.", "Số lớp bồi dưỡng", "Đang triển khai 06")],
            read.Rows.Select(r => (r.Indicator, r.Label, r.RawValue)).Select(x => x.Item3 == "38" ? (x.Item1, x.Item2, "") : x));
    }
}
