using Cchc.V1;
using CchcGrpc.Client.Tui.Offline;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>Settling a conflict: each choice, and that every conflicting value needs one.</summary>
public sealed class DraftConflictTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    static DraftConflict Conflict()
    {
        ReportDraft draft = ReportDraft.On("reports/67.661/2024-Q1", 4, Now)
            .WithEdit("I.1", new DraftValue("5", ""), new DraftValue("3", ""), Now)
            .WithEdit("II.1.1", new DraftValue("20", "theo báo cáo sở"), new DraftValue("12", ""), Now)
            .WithEdit("III.3.1.1", new DraftValue("41", ""), DraftValue.Empty, Now);
        var current = new Report
        {
            Name = "reports/67.661/2024-Q1",
            Revision = 6,
            Values =
            {
                new IndicatorValue { IndicatorId = "I.1", RawText = "4" },
                new IndicatorValue { IndicatorId = "II.1.1", RawText = "20", Note = "theo báo cáo sở" },
            },
        };
        return DraftConflict.Between(draft, current);
    }

    [Fact]
    public void A_value_changed_the_same_way_by_both_is_no_conflict()
    {
        DraftConflict conflict = Conflict();
        Assert.Equal(["I.1"], conflict.Values.Select(v => v.IndicatorId));
        Assert.Equal(["II.1.1", "III.3.1.1"], conflict.MergedByThemselves);
    }

    [Theory]
    [InlineData(ConflictChoice.Mine, "5")]
    [InlineData(ConflictChoice.Base, "3")]
    public void Mine_or_base_is_sent_on_the_current_revision(ConflictChoice choice, string sent)
    {
        ReportDraft resolved = Conflict().Resolve(new Dictionary<string, ConflictChoice> { ["I.1"] = choice }, Now);

        Assert.Equal(6, resolved.BaseRevision);
        Assert.Equal(new DraftValue(sent, ""), resolved.Edits["I.1"]);
        Assert.Equal(new DraftValue("4", ""), resolved.Base["I.1"]);
        Assert.Equal(["I.1", "III.3.1.1"], resolved.ChangedValues().Select(v => v.IndicatorId));
    }

    [Fact]
    public void Theirs_drops_my_edit()
    {
        ReportDraft resolved = Conflict().Resolve(new Dictionary<string, ConflictChoice> { ["I.1"] = ConflictChoice.Theirs }, Now);
        Assert.Equal(["III.3.1.1"], resolved.ChangedValues().Select(v => v.IndicatorId));
    }

    [Fact]
    public void Every_conflicting_value_needs_a_choice() =>
        Assert.Throws<ArgumentException>(() => Conflict().Resolve(new Dictionary<string, ConflictChoice>(), Now));
}
