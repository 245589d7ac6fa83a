namespace CchcGrpc.Client.Output;

/// <summary>
/// JSON keys are lowerCamelCase for every verb, as the proto3 JSON mapping writes the protos'
/// fields (and so `import`'s result): a table's "valid_from" column is "validFrom" in JSON.
/// Tables and CSV keep their column names.
/// </summary>
public static class JsonNames
{
    public static string Of(string column)
    {
        var parts = column.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? column : parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
