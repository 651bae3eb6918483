using TicBot.Methodology.Projects;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Projects;

/// <summary>The table of rights, row by row: who may do what with a project.</summary>
public sealed class ProjectRolesTests
{
    // Owner, lead (a contributor named chef de projet), contributor, reader, outsider.
    [Theory]
    [InlineData(ProjectRight.Read, true, true, true, true, false)]
    [InlineData(ProjectRight.Tick, true, true, true, false, false)]
    [InlineData(ProjectRight.EditNeeds, true, true, true, false, false)]
    [InlineData(ProjectRight.EditScenarios, true, true, true, false, false)]
    [InlineData(ProjectRight.EditPlan, true, true, true, false, false)]
    [InlineData(ProjectRight.Rename, true, true, true, false, false)]
    [InlineData(ProjectRight.ValidateScenario, true, true, false, false, false)]
    [InlineData(ProjectRight.ChangeGovernance, true, true, false, false, false)]
    [InlineData(ProjectRight.Archive, true, true, false, false, false)]
    [InlineData(ProjectRight.Delete, true, false, false, false, false)]
    [InlineData(ProjectRight.TransferOwnership, true, false, false, false, false)]
    public void Allows_EachRole_AsTheTableSays(ProjectRight right, bool owner, bool lead, bool contributor, bool reader, bool outsider)
    {
        var sut = CreateProject();
        sut.SetMember(new ProjectMember("lead", "Léa", MemberRole.Contributor, ProjectRoles.ProjectLeadRole), Owner, T0);
        sut.SetMember(new ProjectMember("contributor", "Karim", MemberRole.Contributor), Owner, T0);
        sut.SetMember(new ProjectMember("reader", "Rémi", MemberRole.Reader), Owner, T0);

        Assert.Equal(
            [owner, lead, contributor, reader, outsider],
            new[] { Owner.Id, "lead", "contributor", "reader", "outsider" }.Select(id => ProjectRoles.Allows(sut, id, right)));
    }
}
