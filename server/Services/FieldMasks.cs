using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace CchcGrpc.Server.Services;

/// <summary>Read masks over top-level fields of a response message: checked before any work, applied to the full answer.</summary>
public static class FieldMasks
{
    public static void Check(MessageDescriptor descriptor, FieldMask? mask, string field)
    {
        foreach (var path in mask?.Paths ?? [])
        {
            if (descriptor.FindFieldByName(path) is null)
            {
                throw Errors.Invalid(field, new($"{descriptor.Name} không có trường '{path}'.", $"{descriptor.Name} has no field '{path}'."));
            }
        }
    }

    /// <summary>True when the mask is empty (everything) or names <paramref name="path"/>.</summary>
    public static bool Wants(FieldMask? mask, string path) => mask is null || mask.Paths.Count == 0 || mask.Paths.Contains(path);

    public static T Apply<T>(T full, FieldMask? mask)
        where T : IMessage<T>, new()
    {
        if (mask is null || mask.Paths.Count == 0)
        {
            return full;
        }
        var trimmed = new T();
        mask.Merge(full, trimmed);
        return trimmed;
    }
}
