using Cchc.V1;

namespace CchcGrpc.Client.Tui.Screens;

/// <summary>One period on the home screen with the unit's report for it, if any.</summary>
public sealed record HomeRow(Period Period, Report? Report, bool Overdue);
