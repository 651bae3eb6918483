using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Serialization;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Projects;

public sealed class ProjectSerializerTests
{
    [Fact]
    public void SerializeDeserialize_FullProject_RoundTripsEveryPart()
    {
        var project = FullProject();

        var json = ProjectSerializer.Serialize(project);
        var sut = ProjectSerializer.Deserialize(json);

        Assert.Equal(json, ProjectSerializer.Serialize(sut));
        Assert.Equal(project.History, sut.History);
        Assert.Equal(project.ChecklistTicks, sut.ChecklistTicks);
        Assert.Equal(project.Decision, sut.Decision);
        Assert.Equal(project.Scenarios[0].Finance!.Funding, sut.Scenarios[0].Finance!.Funding);
        Assert.Equal(project.Scenarios[0].Coverage, sut.Scenarios[0].Coverage);
        Assert.Equal(3, sut.GetChecklistProgress(ChecklistIds.Security).Ticked);
        Assert.Equal(project.Plan!.KeyDates, sut.Plan!.KeyDates);
        Assert.Equal(project.Plan.Tasks, sut.Plan.Tasks);
        Assert.Equal(project.Milestones[0] with { Audiences = [] }, sut.Milestones[0] with { Audiences = [] });
        Assert.Equal(project.Milestones[0].Audiences, sut.Milestones[0].Audiences);
    }

    [Fact]
    public void SerializeDeserialize_FieldsAddedForTheRules_RoundTrip()
    {
        var project = FullProject();
        project.SetTrainingInHouse(false, Owner, T0);
        project.RecordProjectDefinedAnnouncement(new DateOnly(2026, 3, 16), Owner, T0);
        project.SaveScenario(project.Scenarios[0] with { Finance = project.Scenarios[0].Finance! with { BalanceWeight = 4 } }, Owner, T0);
        project.SetMilestones([new CommunicationMilestone("comm.operation-regular#1", "comm.operation-regular", new DateOnly(2027, 1, 19), [Audience.Usagers], 14, RecurEveryMonths: 6)], Owner, T0);

        var sut = ProjectSerializer.Deserialize(ProjectSerializer.Serialize(project));

        Assert.Equal(Project.CurrentSchemaVersion, sut.SchemaVersion);
        Assert.Equal((false, new DateOnly(2026, 3, 16)), (sut.TrainingInHouse, sut.ProjectDefinedAnnouncedOn));
        Assert.Equal(4, sut.Scenarios[0].Finance!.BalanceWeight);
        Assert.Equal(6, sut.Milestones.Single(m => m.Id == "comm.operation-regular#1").RecurEveryMonths);
    }

    [Fact]
    public void Deserialize_StoredVersionOneDocument_BecomesThePlacesFirstProjectWithNothingLost()
    {
        var stored = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "project-v1.json"));

        var sut = ProjectSerializer.Deserialize(stored);

        Assert.Equal((Project.FirstProjectId, "Guichet numérique", ProjectPhase.Decided, 2), (sut.Id, sut.Name, sut.Phase, sut.SchemaVersion));
        Assert.Equal(12_500.50m, sut.Scenarios[0].Finance!.OneOffCosts![0].Amount);
        Assert.Equal("Solde positif", sut.Decision!.Rationale);
        Assert.Equal(ProjectStatus.Active, sut.Status);
        Assert.Equal((null, null), (sut.TrainingInHouse, sut.ProjectDefinedAnnouncedOn));
        var expected = System.Text.Json.Nodes.JsonNode.Parse(stored)!.AsObject();
        expected["schemaVersion"] = 2;
        expected["id"] = Project.FirstProjectId;
        var rewritten = System.Text.Json.Nodes.JsonNode.Parse(ProjectSerializer.Serialize(sut))!.AsObject();
        rewritten.Remove("status");
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(expected, rewritten));
    }

    [Fact]
    public void Deserialize_StoredVersionTwoDocument_ReadsAndRewritesIdentically()
    {
        var stored = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "project-v2.json"));

        var sut = ProjectSerializer.Deserialize(stored);

        Assert.Equal(("pk3v9d2mxq7ab", ProjectStatus.Archived, "tenant-1"), (sut.Id, sut.Status, sut.TenantId));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(stored),
            System.Text.Json.Nodes.JsonNode.Parse(ProjectSerializer.Serialize(sut))));
    }

    [Fact]
    public void Serialize_Project_WritesEnumsAsStringsWithSchemaVersion()
    {
        var json = ProjectSerializer.Serialize(FullProject());

        Assert.Contains("\"schemaVersion\":2", json, StringComparison.Ordinal);
        Assert.Contains("\"phase\":\"Decided\"", json, StringComparison.Ordinal);
        Assert.Contains("\"certainty\":\"Granted\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":3,"id":"p","ownerId":"o"}""")]
    [InlineData("""{"schemaVersion":0,"id":"p","ownerId":"o"}""")]
    [InlineData("""{"schemaVersion":2,"id":"","ownerId":"o"}""")]
    [InlineData("""{"schemaVersion":2,"id":"msteams/projects/users/29:1","ownerId":"o"}""")]
    [InlineData("""{"schemaVersion":2,"id":"p","ownerId":"o","status":"Deleted"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"id":"p","ownerId":"o","phase":"Flying"}""")]
    [InlineData("not json")]
    public void Deserialize_BadDocument_ThrowsMethodologyException(string json)
    {
        Assert.Throws<MethodologyException>(() => ProjectSerializer.Deserialize(json));
    }

    [Fact]
    public void Deserialize_DocumentWithoutVersion_IsReadAsVersionOneAndMigrated()
    {
        var sut = ProjectSerializer.Deserialize("""{"id":"msteams/projects/users/29:1","ownerId":"o","name":"N"}""");

        Assert.Equal((2, Project.FirstProjectId), (sut.SchemaVersion, sut.Id));
        Assert.Equal("N", sut.Name);
        Assert.Empty(sut.Scenarios);
    }

    private static Project FullProject()
    {
        var p = CreateProject();
        p.SetMember(new ProjectMember(Colleague.Id, Colleague.Name, MemberRole.Contributor, "role.dpo"), Owner, T0);
        p.NoteContext("context.size", "12 000 habitants", Owner, T0);
        var e = p.AddExpectation("Paiement en ligne", ExpectationSource.FrontDeskForm, Owner, T0);
        var s = p.SaveScenario(new Scenario
        {
            Name = "Portail mutualisé",
            Coverage = new Dictionary<string, CoverageLevel> { [e.Id] = CoverageLevel.Partial },
            Advantages = [new WeightedPoint("Coût partagé", 4)],
            Drawbacks = [new WeightedPoint("Dépendance", 2)],
            Finance = new ScenarioFinance
            {
                OneOffCosts = [new MoneyLine("Achat", 12_500.50m)],
                YearlyRunningCosts = [new MoneyLine("Maintenance", 1_800m)],
                YearlyGains = [new MoneyLine("Temps agent", 6_000m)],
                Funding = [new FundingLine("funding.detr", 4_000m, FundingCertainty.Granted)],
            },
        }, Owner, T0);
        p.ValidateScenario(s.Id, "Solde positif", Owner, T0);
        p.SaveCommittee(new Committee(string.Empty, "COPIL", "committee.steering", ["Maire"], 6), Owner, T0);
        p.SetPlan(new ProjectPlan { KeyDates = new KeyDates { ProjectStart = new DateOnly(2026, 3, 2), GoLive = new DateOnly(2026, 11, 2) }, Tasks = [new PlannedTask("task.communicate", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6), 5)] }, Owner, T0);
        p.SetMilestones([new CommunicationMilestone("comm.launch-campaign", "comm.launch-campaign", new DateOnly(2026, 3, 9), [Audience.Agents, Audience.Usagers], 7)], Owner, T0);
        p.TickChecklistItem(ChecklistIds.Security, "security.traceability", Owner, T0);
        p.TickChecklistItem(ChecklistIds.Security, "security.mfa", Owner, T0);
        p.TickChecklistItem(ChecklistIds.Security, "security.aipd", Colleague, T0);
        return p;
    }
}
