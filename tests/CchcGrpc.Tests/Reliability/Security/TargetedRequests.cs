using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace CchcGrpc.Tests.Reliability.Security;

/// <summary>
/// A request of any cchc.v1 method about one unit, built from the descriptor by field names (a
/// report name, unit codes, the period 2024, the indicator I.1), so that a method added later needs
/// only its row in <see cref="AccessExpectations"/>. Writes are stale (base revision 999999), imports
/// are dry runs or carry no document text, and units to create already exist: nothing changes while
/// the matrix runs.
/// </summary>
public static class TargetedRequests
{
    public static IMessage For(MessageDescriptor type, string unit) => Fill(type, unit, 0);

    private static IMessage Fill(MessageDescriptor type, string unit, int depth)
    {
        var message = (IMessage)Activator.CreateInstance(type.ClrType)!;
        foreach (var field in type.Fields.InDeclarationOrder())
        {
            if (field.RealContainingOneof is { } oneof && oneof.Fields.First(f => f.FieldType == FieldType.String || oneof.Fields.All(o => o.FieldType != FieldType.String)) != field)
            {
                continue; // one member of a oneof: its first string
            }
            if (field.IsMap || field.FieldType == FieldType.Message && (field.MessageType.File.Package == "google.protobuf" || depth > 2))
            {
                continue;
            }
            if (field.IsRepeated)
            {
                var list = (System.Collections.IList)field.Accessor.GetValue(message);
                // The values of an edit and the rows of an import; map rules and narrative stay empty.
                if (field.FieldType == FieldType.Message && field.Name is "values" or "rows" or "results")
                {
                    list.Add(Fill(field.MessageType, unit, depth + 1));
                }
                else if (field.FieldType == FieldType.String && field.Name.Contains("indicator", StringComparison.Ordinal))
                {
                    list.Add("I.1");
                }
                continue;
            }
            object? value = field.FieldType switch
            {
                FieldType.String => Text(type.Name, field.Name, unit),
                FieldType.Int64 when field.Name.Contains("revision", StringComparison.Ordinal) => 999_999L,
                FieldType.Int32 when field.Name == "from_year" => 2023,
                FieldType.Int32 when field.Name == "to_year" => 2024,
                FieldType.Int32 when field.Name == "page_size" => 10,
                FieldType.Int32 when field.Name == "year" => 2024,
                FieldType.Bool when field.Name is "dry_run" => true,
                // The first kind of a kind (an index, an activity status): 0 is "unspecified" everywhere.
                FieldType.Enum when field.Name is "kind" or "status" && field.EnumType.FindValueByNumber(1) is not null => 1,
                FieldType.Message => Fill(field.MessageType, unit, depth + 1),
                _ => null,
            };
            if (value is not null)
            {
                field.Accessor.SetValue(message, value);
            }
        }
        return message;
    }

    private static string? Text(string message, string name, string unit) => name switch
    {
        "name" when message.Contains("Plan", StringComparison.Ordinal) => $"plans/{unit}/2024",
        "name" or "report_name" => $"reports/{unit}/2024",
        "plan" => $"plans/{unit}/2024",
        "unit_code" or "code" or "parent_code" or "descendants_of" => unit,
        "period_id" => "2024",
        "indicator_id" or "indicator" => "I.1",
        "raw_text" or "raw_value" => "1",
        "comment" => "kiểm tra quyền",
        "idempotency_key" => "matrix-" + Guid.NewGuid().ToString("N"),
        _ => null,
    };
}
