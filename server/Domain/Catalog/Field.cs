namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>The seven fields (lĩnh vực) of CCHC reporting; Biểu N of the province appendix is field N.</summary>
public enum Field
{
    /// <summary>Công tác chỉ đạo điều hành CCHC.</summary>
    I = 1,

    /// <summary>Cải cách thể chế.</summary>
    II = 2,

    /// <summary>Cải cách thủ tục hành chính.</summary>
    III = 3,

    /// <summary>Cải cách tổ chức bộ máy.</summary>
    IV = 4,

    /// <summary>Cải cách chế độ công vụ.</summary>
    V = 5,

    /// <summary>Cải cách tài chính công.</summary>
    VI = 6,

    /// <summary>Xây dựng và phát triển Chính quyền điện tử, Chính quyền số.</summary>
    VII = 7,
}
