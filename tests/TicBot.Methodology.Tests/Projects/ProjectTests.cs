using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Projects;

public sealed class ProjectTests
{
    [Fact]
    public void Create_NewProject_OwnerIsMemberAndHistoryStarts()
    {
        var sut = CreateProject();

        Assert.Equal(MemberRole.Owner, sut.FindMember(Owner.Id)!.Role);
        Assert.Equal(ProjectPhase.Framing, sut.Phase);
        var entry = Assert.Single(sut.History);
        Assert.Equal(new HistoryEntry(T0, Owner.Id, Owner.Name, HistoryAction.ProjectCreated, "Guichet numérique"), entry);
    }

    [Fact]
    public void Create_BlankName_Throws()
    {
        Assert.Throws<MethodologyException>(() => Project.Create("p", "  ", new CollectiviteProfile(), Owner, T0));
    }

    [Fact]
    public void TickChecklistItem_NewItem_TicksAndAppendsHistory()
    {
        var sut = CreateProject();
        var at = T0.AddHours(1);

        var changed = sut.TickChecklistItem(ChecklistIds.Security, "security.traceability", Colleague, at);

        Assert.True(changed);
        Assert.Equal(new ChecklistTick(ChecklistIds.Security, "security.traceability", Colleague.Id, Colleague.Name, at), sut.FindTick(ChecklistIds.Security, "security.traceability"));
        Assert.Equal(new HistoryEntry(at, Colleague.Id, Colleague.Name, HistoryAction.ChecklistItemTicked, "security.traceability"), sut.History[^1]);
    }

    [Fact]
    public void TickChecklistItem_AlreadyTicked_ReturnsFalseWithoutHistory()
    {
        var sut = CreateProject();
        sut.TickChecklistItem(ChecklistIds.KeySteps, "keystep.sponsors", Owner, T0);
        var count = sut.History.Count;

        Assert.False(sut.TickChecklistItem(ChecklistIds.KeySteps, "keystep.sponsors", Colleague, T0.AddDays(1)));
        Assert.Equal(count, sut.History.Count);
        Assert.Equal(Owner.Id, sut.FindTick(ChecklistIds.KeySteps, "keystep.sponsors")!.ById);
    }

    [Theory]
    [InlineData("checklist.nope", "keystep.sponsors")]
    [InlineData(ChecklistIds.Security, "keystep.sponsors")]
    [InlineData(ChecklistIds.Security, "security.nope")]
    [InlineData(ChecklistIds.Security, null)]
    [InlineData(null, "security.mfa")]
    public void TickChecklistItem_UnknownChecklistOrItem_ThrowsAndChangesNothing(string? checklistId, string? itemId)
    {
        var sut = CreateProject();

        var ex = Assert.Throws<MethodologyException>(() => sut.TickChecklistItem(checklistId!, itemId!, Owner, T0));

        Assert.Contains(checklistId ?? "No checklist", ex.Message, StringComparison.Ordinal);
        Assert.Empty(sut.ChecklistTicks);
        Assert.Single(sut.History);
    }

    [Fact]
    public void UntickChecklistItem_Ticked_UnticksAndAppendsHistory()
    {
        var sut = CreateProject();
        sut.TickChecklistItem(ChecklistIds.Training, "training.degraded-mode", Owner, T0);

        Assert.True(sut.UntickChecklistItem(ChecklistIds.Training, "training.degraded-mode", Colleague, T0.AddDays(1)));
        Assert.False(sut.IsTicked(ChecklistIds.Training, "training.degraded-mode"));
        Assert.Equal(HistoryAction.ChecklistItemUnticked, sut.History[^1].Action);
        Assert.False(sut.UntickChecklistItem(ChecklistIds.Training, "training.degraded-mode", Colleague, T0.AddDays(1)));
    }

    [Fact]
    public void GetChecklistProgress_SomeTicked_CountsInChecklistOrder()
    {
        var sut = CreateProject();
        sut.TickChecklistItem(ChecklistIds.Mistakes, "mistake.technical-project", Owner, T0);
        sut.TickChecklistItem(ChecklistIds.Mistakes, "mistake.say-not-do", Owner, T0);

        var progress = sut.GetChecklistProgress(ChecklistIds.Mistakes);

        Assert.Equal("2/4", progress.Display);
        Assert.Equal(["mistake.say-not-do", "mistake.technical-project"], progress.TickedItemIds);
        Assert.False(progress.IsComplete);
        Assert.Equal(6, sut.GetAllChecklistProgress().Count);
    }

    [Fact]
    public void GetChecklistProgress_Security_CountsTheSeedsItemsAndTheAdditionsApart()
    {
        var sut = CreateProject();
        foreach (var item in new[] { "security.user-access-control", "security.user-strong-auth", "security.agent-workstation", "security.traceability", "security.attacks", "security.mfa", "security.dpo" })
        {
            sut.TickChecklistItem(ChecklistIds.Security, item, Owner, T0);
        }

        var progress = sut.GetChecklistProgress(ChecklistIds.Security);

        Assert.Equal((5, 9, 2, 6), (progress.SeedTicked, progress.SeedTotal, progress.AdditionTicked, progress.AdditionTotal));
        Assert.Equal(["security.agent-card", "security.hosted-contract", "security.in-house-protection", "security.restore-time"], progress.OpenSeedItemIds);
    }

    [Fact]
    public void GetChecklistProgress_HostedSiteTicked_LeavesTheInHouseItemsOutOfTheCount()
    {
        var sut = CreateProject();
        sut.TickChecklistItem(ChecklistIds.Security, "security.hosted-contract", Owner, T0);

        var progress = sut.GetChecklistProgress(ChecklistIds.Security);

        Assert.Equal((1, 7), (progress.SeedTicked, progress.SeedTotal));
        Assert.Equal("site hébergé", sut.NotApplicableItems(ChecklistIds.Security)["security.restore-time"].French);
    }

    [Fact]
    public void RecordProjectDefinedAnnouncementAndSetTrainingInHouse_RecordHistoryOnlyOnChange()
    {
        var sut = CreateProject();
        var before = sut.History.Count;

        sut.RecordProjectDefinedAnnouncement(new DateOnly(2026, 3, 16), Owner, T0);
        sut.RecordProjectDefinedAnnouncement(new DateOnly(2026, 3, 16), Owner, T0);
        sut.SetTrainingInHouse(true, Owner, T0);
        sut.SetTrainingInHouse(true, Owner, T0);

        Assert.Equal((new DateOnly(2026, 3, 16), true), (sut.ProjectDefinedAnnouncedOn, sut.TrainingInHouse));
        Assert.Equal([HistoryAction.AnnouncementRecorded, HistoryAction.TrainingProvisionSet], sut.History.Skip(before).Select(h => h.Action));
    }

    [Fact]
    public void ChangePhase_ToDecidedWithoutDecision_ThrowsNamingStates()
    {
        var sut = CreateProject();

        var ex = Assert.Throws<MethodologyException>(() => sut.ChangePhase(ProjectPhase.Decided, Owner, T0));

        Assert.Equal("Framing", ex.FromState);
        Assert.Equal("Decided", ex.ToState);
    }

    [Fact]
    public void ChangePhase_AnyOtherOrder_IsAcceptedAndRecorded()
    {
        var sut = CreateProject();

        sut.ChangePhase(ProjectPhase.Operation, Owner, T0);
        sut.ChangePhase(ProjectPhase.Framing, Owner, T0);

        Assert.Equal(ProjectPhase.Framing, sut.Phase);
        Assert.Equal("Operation → Framing", sut.History[^1].Subject);
    }

    [Fact]
    public void RemoveMember_Owner_Throws()
    {
        var sut = CreateProject();

        Assert.Throws<MethodologyException>(() => sut.RemoveMember(Owner.Id, Owner, T0));
    }

    [Fact]
    public void SetMember_SecondOwner_ThrowsAndAddContributorWorks()
    {
        var sut = CreateProject();

        Assert.Throws<MethodologyException>(() => sut.SetMember(new ProjectMember("u3", "X", MemberRole.Owner), Owner, T0));
        sut.SetMember(new ProjectMember(Colleague.Id, Colleague.Name, MemberRole.Contributor, "role.dpo"), Owner, T0);

        Assert.True(sut.CanEdit(Colleague.Id));
        Assert.False(sut.CanEdit("stranger"));
        Assert.Equal(HistoryAction.MemberAdded, sut.History[^1].Action);
    }

    [Fact]
    public void History_BeyondMaximum_DropsOldestEntries()
    {
        var sut = CreateProject();

        for (var i = 0; i < Project.MaxHistoryEntries + 5; i++)
        {
            sut.Rename($"Projet {i}", Owner, T0.AddMinutes(i));
        }

        Assert.Equal(Project.MaxHistoryEntries, sut.History.Count);
        Assert.Equal($"Projet {Project.MaxHistoryEntries + 4}", sut.History[^1].Subject);
    }

    [Fact]
    public void NoteContext_UnknownFactor_ThrowsAndKnownFactorIsStored()
    {
        var sut = CreateProject();

        Assert.Throws<MethodologyException>(() => sut.NoteContext("context.weather", "x", Owner, T0));
        sut.NoteContext("context.blockers-elus", "  Deux élus réservés  ", Owner, T0);

        Assert.Equal("Deux élus réservés", sut.ContextNotes["context.blockers-elus"]);
        sut.NoteContext("context.blockers-elus", " ", Owner, T0);
        Assert.Empty(sut.ContextNotes);
    }
}
