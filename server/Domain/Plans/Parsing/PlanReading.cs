namespace CchcGrpc.Server.Domain.Plans.Parsing;

/// <summary>What <see cref="PlanDocumentReader"/> read from a plan document, before names are resolved to units.</summary>
/// <param name="Year">The plan's year from its title; null when the title names none.</param>
public sealed record PlanReading(
    int? Year,
    PlanDecision Decision,
    string Theme,
    IReadOnlyList<PlanField> Fields,
    IReadOnlyList<ReadingNote> Notes,
    IReadOnlyList<UnparsedLine> Unparsed)
{
    public IEnumerable<PlanActivity> Activities => Fields.SelectMany(f => f.Tasks).SelectMany(t => t.Activities);

    /// <summary>The plan of <paramref name="unitCode"/>, with lead and cooperating names resolved by <paramref name="resolver"/>.</summary>
    public Plan ToPlan(string unitCode, int year, PartyResolver resolver) =>
        new(unitCode, year, Decision, Theme,
        [
            .. Fields.Select(f => f with
            {
                Tasks = [.. f.Tasks.Select(t => t with
                {
                    Activities = [.. t.Activities.Select(a => a with
                    {
                        Leads = [.. a.Leads.Select(p => resolver.Resolve(p.Text))],
                        Cooperating = [.. a.Cooperating.Select(p => resolver.Resolve(p.Text))],
                    })],
                })],
            }),
        ]);
}
