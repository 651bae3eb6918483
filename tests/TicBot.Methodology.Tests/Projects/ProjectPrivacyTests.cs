using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Serialization;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Projects;

public sealed class ProjectPrivacyTests
{
    [Fact]
    public void ErasePerson_Contributor_LeavesNoTraceOfTheirIdOrNameButKeepsWhatWasDone()
    {
        var sut = CreateProject();
        sut.SetMember(new ProjectMember(Colleague.Id, Colleague.Name, MemberRole.Contributor), Owner, T0);
        sut.TickChecklistItem(ChecklistIds.Security, "security.traceability", Colleague, T0.AddHours(1));

        var erased = sut.ErasePerson(Colleague.Id, "erased-1", T0.AddDays(1));

        Assert.True(erased);
        Assert.Null(sut.FindMember(Colleague.Id));
        Assert.True(sut.IsTicked(ChecklistIds.Security, "security.traceability"));
        Assert.Equal("erased-1", sut.FindTick(ChecklistIds.Security, "security.traceability")!.ById);
        var json = ProjectSerializer.Serialize(sut);
        Assert.DoesNotContain(Colleague.Id, json, StringComparison.Ordinal);
        Assert.DoesNotContain(Colleague.Name, json, StringComparison.Ordinal);
        Assert.Equal(HistoryAction.PersonErased, sut.History[^1].Action);
        Assert.False(sut.Involves(Colleague.Id));
    }

    [Fact]
    public void ErasePerson_Owner_StaysOwnerUnderAPseudonym()
    {
        var sut = CreateProject();

        sut.ErasePerson(Owner.Id, "erased-2", T0.AddDays(1));

        Assert.Equal("erased-2", sut.OwnerId);
        Assert.Equal(MemberRole.Owner, sut.FindMember("erased-2")!.Role);
        Assert.Equal(Project.ErasedPersonName, sut.History[0].ActorName);
        Assert.DoesNotContain(Owner.Name, ProjectSerializer.Serialize(sut), StringComparison.Ordinal);
    }

    [Fact]
    public void ErasePerson_NotInvolved_ChangesNothing()
    {
        var sut = CreateProject();
        var before = ProjectSerializer.Serialize(sut);

        Assert.False(sut.ErasePerson("29:stranger", "erased-3", T0));
        Assert.Equal(before, ProjectSerializer.Serialize(sut));
    }
}
