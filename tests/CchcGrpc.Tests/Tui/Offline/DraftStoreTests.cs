using CchcGrpc.Client.Tui.Offline;

namespace CchcGrpc.Tests.Tui.Offline;

/// <summary>Draft files: one per report, replaced whole, never half-written.</summary>
public sealed class DraftStoreTests
{
    static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_saved_draft_is_read_back_by_a_new_store_with_every_edit_and_note()
    {
        using var folder = new OfflineFolder();
        ReportDraft draft = ReportDraft.On("reports/67.661/2023", 7, Now)
            .WithEdit("III.3.1.2", new DraftValue("99,73%", "tính đến 15/12"), DraftValue.Empty, Now)
            .WithEdit("I.1", new DraftValue("1.909", ""), new DraftValue("1.900", ""), Now);
        new DraftStore(folder.Path).Save(draft);

        ReportDraft? read = new DraftStore(folder.Path).Load("reports/67.661/2023");

        Assert.NotNull(read);
        Assert.Equal(7, read.BaseRevision);
        Assert.Equal(draft.Edits.OrderBy(e => e.Key), read.Edits.OrderBy(e => e.Key));
        Assert.Equal(draft.Base.OrderBy(e => e.Key), read.Base.OrderBy(e => e.Key));
    }

    [Fact]
    public void A_write_cut_short_leaves_the_previous_draft_whole()
    {
        using var folder = new OfflineFolder();
        var store = new DraftStore(folder.Path);
        store.Save(ReportDraft.On("reports/67.661/2023", 7, Now).WithEdit("I.1", new DraftValue("5", ""), DraftValue.Empty, Now));
        // What a crash in the middle of the next save leaves: a partial temporary file beside the draft.
        File.WriteAllText(Path.Combine(store.Folder, ".67.661~2023.json.1234.dead.tmp"), "{\"reportName\": \"rep");

        ReportDraft read = Assert.Single(store.All());

        Assert.Equal(new DraftValue("5", ""), read.Edits["I.1"]);
    }

    [Fact]
    public void A_draft_whose_edits_were_all_undone_is_removed()
    {
        using var folder = new OfflineFolder();
        var store = new DraftStore(folder.Path);
        ReportDraft draft = ReportDraft.On("reports/67.661/2023", 7, Now).WithEdit("I.1", new DraftValue("5", ""), new DraftValue("3", ""), Now);
        store.Save(draft);

        store.Save(draft.WithEdit("I.1", new DraftValue("3", ""), new DraftValue("3", ""), Now));

        Assert.Empty(store.All());
    }
}
