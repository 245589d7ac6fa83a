namespace CchcGrpc.Server.Domain.Rules;

/// <summary>
/// A value with the slack its writing allows: 57% stands for anything from 56,5% to 57,5%, so its
/// slack is 0,5; a count of 923 dossiers is exact (slack 0).
/// </summary>
public readonly record struct Operand(OperandState State, decimal Value = 0, decimal Slack = 0)
{
    public static Operand Missing { get; } = new(OperandState.Missing);

    public static Operand NotApplicable { get; } = new(OperandState.NotApplicable);

    public static Operand Unusable { get; } = new(OperandState.Unusable);

    public static Operand Exact(decimal value) => new(OperandState.Value, value);

    /// <summary>A value written with <paramref name="decimals"/> decimals, rounded half a unit either way.</summary>
    public static Operand Rounded(decimal value, int decimals) =>
        new(OperandState.Value, value, 0.5m / Pow10(decimals));

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10;
        return result;
    }
}
