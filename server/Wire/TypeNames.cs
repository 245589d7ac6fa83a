namespace CchcGrpc.Server.Wire;

/// <summary>C#-looking type names for start-up error messages.</summary>
internal static class TypeNames
{
    public static string ToDisplayName(this Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }
        var name = type.Name[..type.Name.IndexOf('`')];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(ToDisplayName))}>";
    }
}
