namespace CchcGrpc.Server.Domain.Plans;

/// <summary>
/// A Hoạt động of a plan: one row of the appendix with all its columns.
/// </summary>
/// <param name="Key">Unique within the plan: field and printed number ("I.2.1"); a number printed twice in a task gets "#2".</param>
/// <param name="Number">As printed ("2.1"); tasks and activities are numbered per field.</param>
/// <param name="SourceLine">1-based line of the number cell in the document; 0 when not read from a document.</param>
public sealed record PlanActivity(
    string Key,
    string Field,
    string TaskNumber,
    string Number,
    string Title,
    string Requirement,
    string Product,
    IReadOnlyList<ResponsibleParty> Leads,
    IReadOnlyList<ResponsibleParty> Cooperating,
    PlanTiming Start,
    PlanTiming End,
    string Note,
    int SourceLine)
{
    /// <summary>The unit codes the lead cell resolves to: whose operators record this activity's progress.</summary>
    public IEnumerable<string> LeadUnitCodes => Leads.Where(l => l.UnitCode is not null).Select(l => l.UnitCode!);

    /// <summary>
    /// What makes an activity "the same" across plan revisions: every column but the number and
    /// the source line, so a renumbered but otherwise unchanged activity keeps its progress.
    /// </summary>
    public string ContentKey => string.Join("\u001f",
        Field, Title, Requirement, Product,
        string.Join(";", Leads.Select(l => l.Text)), string.Join(";", Cooperating.Select(c => c.Text)),
        Start.Text, End.Text, Note);
}
