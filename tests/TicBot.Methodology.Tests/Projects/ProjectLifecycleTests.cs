using TicBot.Methodology.Projects;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Projects;

public sealed class ProjectLifecycleTests
{
    [Theory]
    [InlineData("p1")]
    [InlineData("pk3v9d2mxq7ab")]
    [InlineData("projet-2027")]
    public void IsValidId_ShortLowercaseId_IsAccepted(string id)
    {
        Assert.True(Project.IsValidId(id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("P1")]
    [InlineData("msteams/projects/users/29:1")]
    [InlineData("p é")]
    [InlineData("p123456789012345678901234567890123")]
    public void Create_InvalidId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => Project.Create(id, "Portail", new CollectiviteProfile(), Owner, T0));
    }

    [Fact]
    public void Create_WithTenant_RecordsIt()
    {
        var sut = Project.Create("p2", "Portail", new CollectiviteProfile(), Owner, T0, tenantId: "tenant-1");

        Assert.Equal(("tenant-1", ProjectStatus.Active), (sut.TenantId, sut.Status));
    }

    [Fact]
    public void ArchiveThenRestore_RecordsBothAndKeepsTheContent()
    {
        var sut = CreateProject();
        sut.AddExpectation("Payer la cantine en ligne", ExpectationSource.FieldSurvey, Owner, T0);

        Assert.True(sut.Archive(Colleague, T0.AddDays(1)));
        Assert.False(sut.Archive(Colleague, T0.AddDays(2)));
        Assert.True(sut.IsArchived);
        Assert.True(sut.Restore(Owner, T0.AddDays(3)));
        Assert.False(sut.Restore(Owner, T0.AddDays(4)));

        Assert.Equal(ProjectStatus.Active, sut.Status);
        Assert.Single(sut.Expectations);
        Assert.Equal(
            [HistoryAction.ProjectArchived, HistoryAction.ProjectRestored],
            sut.History.Skip(2).Select(h => h.Action));
        Assert.Equal(T0.AddDays(3), sut.LastChangedAt);
    }

    [Fact]
    public void TransferOwnership_ToAMember_SwapsRolesAndRecordsIt()
    {
        var sut = CreateProject();
        sut.SetMember(new ProjectMember(Colleague.Id, Colleague.Name, MemberRole.Contributor), Owner, T0);

        sut.TransferOwnership(Colleague.Id, Owner, T0.AddDays(1));

        Assert.Equal(Colleague.Id, sut.OwnerId);
        Assert.Equal(MemberRole.Owner, sut.FindMember(Colleague.Id)!.Role);
        Assert.Equal(MemberRole.Contributor, sut.FindMember(Owner.Id)!.Role);
        Assert.Equal(new HistoryEntry(T0.AddDays(1), Owner.Id, Owner.Name, HistoryAction.OwnershipTransferred, Colleague.Name), sut.History[^1]);
    }

    [Fact]
    public void TransferOwnership_ToSomeoneOutsideTheProject_ThrowsAndChangesNothing()
    {
        var sut = CreateProject();

        Assert.Throws<MethodologyException>(() => sut.TransferOwnership("user-unknown", Owner, T0));
        Assert.Throws<MethodologyException>(() => sut.TransferOwnership(Owner.Id, Owner, T0));
        Assert.Equal(Owner.Id, sut.OwnerId);
        Assert.Single(sut.History);
    }
}
