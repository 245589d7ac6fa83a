namespace CchcGrpc.Server.Domain.Catalog;

/// <summary>Roman numerals of <see cref="Field"/> as the forms print them ("III", "III.").</summary>
public static class Fields
{
    public static IReadOnlyList<Field> All { get; } = Enum.GetValues<Field>();

    public static string Roman(this Field field) => field.ToString();

    public static bool TryParse(string? text, out Field field)
    {
        var roman = (text ?? "").Trim().TrimEnd('.');
        foreach (var candidate in All)
        {
            if (candidate.ToString() == roman)
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }
}
