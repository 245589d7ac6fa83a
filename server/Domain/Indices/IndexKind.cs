namespace CchcGrpc.Server.Domain.Indices;

/// <summary>The national indices a CCHC office answers for; values match cchc.v1.IndexKind.</summary>
public enum IndexKind
{
    /// <summary>Chỉ số CCHC (PAR INDEX): criteria with maximum points, self-assessed, then appraised, then ranked.</summary>
    ParIndex = 1,

    /// <summary>Chỉ số hài lòng về sự phục vụ hành chính (SIPAS).</summary>
    Sipas = 2,

    /// <summary>Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI).</summary>
    Papi = 3,

    /// <summary>Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).</summary>
    Pci = 4,

    /// <summary>Chỉ số chuyển đổi số (DTI).</summary>
    Dti = 5,
}
