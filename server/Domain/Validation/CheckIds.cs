namespace CchcGrpc.Server.Domain.Validation;

/// <summary>Ids of the built-in checks; catalog rules use their own ids ("VII.R6", "III.3.1.formula").</summary>
public static class CheckIds
{
    public const string Ambiguous = "cell.ambiguous";
    public const string Text = "cell.text";
    public const string Composite = "cell.composite";
    public const string Count = "cell.count";
    public const string Choice = "cell.choice";
    public const string PercentSign = "cell.percent-sign";
    public const string Plausible = "cell.plausible";
    public const string GroupRow = "cell.group-row";
    public const string NotOnForm = "cell.not-on-form";
    public const string Unknown = "cell.unknown";
    public const string DerivedNotReported = "derived.not-reported";
}
