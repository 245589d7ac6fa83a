namespace CchcGrpc.Server.Domain.Indices;

/// <summary>Names of the indices and which ones are self-assessed and appraised.</summary>
public static class IndexKinds
{
    public static string Code(IndexKind kind) => kind switch
    {
        IndexKind.ParIndex => "PAR",
        IndexKind.Sipas => "SIPAS",
        IndexKind.Papi => "PAPI",
        IndexKind.Pci => "PCI",
        IndexKind.Dti => "DTI",
        _ => kind.ToString(),
    };

    public static string NameVi(IndexKind kind) => kind switch
    {
        IndexKind.ParIndex => "Chỉ số cải cách hành chính (PAR INDEX)",
        IndexKind.Sipas => "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
        IndexKind.Papi => "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
        IndexKind.Pci => "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
        IndexKind.Dti => "Chỉ số chuyển đổi số (DTI)",
        _ => kind.ToString(),
    };

    /// <summary>Only PAR INDEX is scored by the unit itself and then appraised; the others are measured by others.</summary>
    public static bool IsSelfAssessed(IndexKind kind) => kind == IndexKind.ParIndex;

    public static bool TryParse(string text, out IndexKind kind)
    {
        kind = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) switch
        {
            "PAR" or "PARINDEX" or "CCHC" => IndexKind.ParIndex,
            "SIPAS" => IndexKind.Sipas,
            "PAPI" => IndexKind.Papi,
            "PCI" => IndexKind.Pci,
            "DTI" => IndexKind.Dti,
            _ => 0,
        };
        return kind != 0;
    }
}
