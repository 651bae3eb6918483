using TicBot.Methodology.Projects;
using static TicBot.Methodology.Tests.Projects.ProjectFixture;

namespace TicBot.Methodology.Tests.Projects;

public sealed class ProjectScenarioTests
{
    [Fact]
    public void AddExpectation_Several_RanksInOrderOfArrival()
    {
        var sut = CreateProject();

        var a = sut.AddExpectation("Prendre rendez-vous en ligne", ExpectationSource.FieldSurvey, Owner, T0);
        var b = sut.AddExpectation("Suivre sa demande", ExpectationSource.FrontDeskForm, Owner, T0);

        Assert.Equal(("exp-1", 1), (a.Id, a.Rank));
        Assert.Equal(("exp-2", 2), (b.Id, b.Rank));
    }

    [Fact]
    public void AddExpectation_TooLongOrTooMany_Throws()
    {
        var sut = CreateProject();

        Assert.Throws<MethodologyException>(() => sut.AddExpectation(new string('x', Project.MaxTextLength + 1), ExpectationSource.Other, Owner, T0));
        for (var i = 0; i < Project.MaxItemsPerList; i++)
        {
            sut.AddExpectation($"Attente {i}", ExpectationSource.Other, Owner, T0);
        }

        Assert.Throws<MethodologyException>(() => sut.AddExpectation("Une de trop", ExpectationSource.Other, Owner, T0));
        Assert.Equal(Project.MaxItemsPerList, sut.Expectations.Count);
    }

    [Fact]
    public void RankExpectations_NewOrder_RenumbersRanks()
    {
        var sut = CreateProject();
        var a = sut.AddExpectation("A", ExpectationSource.Other, Owner, T0);
        var b = sut.AddExpectation("B", ExpectationSource.Other, Owner, T0);

        sut.RankExpectations([b.Id, a.Id], Owner, T0);

        Assert.Equal([(b.Id, 1), (a.Id, 2)], sut.Expectations.Select(e => (e.Id, e.Rank)));
        Assert.Equal(HistoryAction.ExpectationsRanked, sut.History[^1].Action);
    }

    [Theory]
    [InlineData("exp-1")]
    [InlineData("exp-1", "exp-1")]
    [InlineData("exp-1", "exp-9")]
    [InlineData("exp-1", "exp-2", "exp-3")]
    public void RankExpectations_NotEveryIdOnce_Throws(params string[] ids)
    {
        var sut = CreateProject();
        sut.AddExpectation("A", ExpectationSource.Other, Owner, T0);
        sut.AddExpectation("B", ExpectationSource.Other, Owner, T0);

        Assert.Throws<MethodologyException>(() => sut.RankExpectations(ids, Owner, T0));
        Assert.Equal(["exp-1", "exp-2"], sut.Expectations.Select(e => e.Id));
    }

    [Fact]
    public void RemoveExpectation_CoveredByScenario_RemovesCoverageAndClosesRanks()
    {
        var sut = CreateProject();
        var a = sut.AddExpectation("A", ExpectationSource.Other, Owner, T0);
        var b = sut.AddExpectation("B", ExpectationSource.Other, Owner, T0);
        var scenario = sut.SaveScenario(new Scenario { Name = "S", Coverage = new Dictionary<string, CoverageLevel> { [a.Id] = CoverageLevel.Full, [b.Id] = CoverageLevel.Partial } }, Owner, T0);

        sut.RemoveExpectation(a.Id, Owner, T0);

        Assert.Equal((b.Id, 1), (sut.Expectations[0].Id, sut.Expectations[0].Rank));
        Assert.Equal([b.Id], sut.FindScenario(scenario.Id)!.Coverage.Keys);
    }

    [Fact]
    public void SaveScenario_New_AssignsIdAndMovesFramingToStudy()
    {
        var sut = CreateProject();

        var saved = sut.SaveScenario(new Scenario { Name = " Progiciel hébergé " }, Owner, T0);

        Assert.Equal("sc-1", saved.Id);
        Assert.Equal("Progiciel hébergé", saved.Name);
        Assert.Equal(ProjectPhase.Study, sut.Phase);
    }

    public static TheoryData<Scenario> InvalidScenarios() =>
    [
        new Scenario { Name = " " },
        new Scenario { Name = "S", Coverage = new Dictionary<string, CoverageLevel> { ["exp-404"] = CoverageLevel.Full } },
        new Scenario { Name = "S", Advantages = [new WeightedPoint("Rapide", 0)] },
        new Scenario { Name = "S", Drawbacks = [new WeightedPoint("Cher", 6)] },
        new Scenario { Name = "S", Finance = new ScenarioFinance { HorizonYears = 0 } },
        new Scenario { Name = "S", Finance = new ScenarioFinance { OneOffCosts = [new MoneyLine("Achat", -1m)] } },
        new Scenario { Name = "S", Finance = new ScenarioFinance { Funding = [new FundingLine("funding.detr", -5m, FundingCertainty.Granted)] } },
        new Scenario { Id = "sc-404", Name = "S" },
        new Scenario { Name = "S", Finance = new ScenarioFinance { YearlyRunningCosts = [new MoneyLine("Licences", decimal.MaxValue)] } },
        new Scenario { Name = "S", Finance = new ScenarioFinance { YearlyGains = [new MoneyLine(" ", 10m)] } },
        new Scenario { Name = "S", Advantages = [new WeightedPoint(new string('x', Project.MaxTextLength + 1), 3)] },
    ];

    [Theory]
    [MemberData(nameof(InvalidScenarios))]
    public void SaveScenario_Invalid_ThrowsAndStoresNothing(Scenario scenario)
    {
        var sut = CreateProject();

        Assert.Throws<MethodologyException>(() => sut.SaveScenario(scenario, Owner, T0));
        Assert.Empty(sut.Scenarios);
        Assert.Single(sut.History);
    }

    [Fact]
    public void ValidateScenario_Unknown_ThrowsNamingFromAndToStates()
    {
        var sut = CreateProject();
        sut.SaveScenario(new Scenario { Name = "S" }, Owner, T0);

        var ex = Assert.Throws<MethodologyException>(() => sut.ValidateScenario("sc-9", null, Owner, T0));

        Assert.Equal(("Study", "Decided"), (ex.FromState, ex.ToState));
        Assert.Null(sut.Decision);
    }

    [Fact]
    public void ValidateScenario_Existing_RecordsDecisionAndPhase()
    {
        var sut = CreateProject();
        var s = sut.SaveScenario(new Scenario { Name = "S" }, Owner, T0);

        sut.ValidateScenario(s.Id, " Meilleur solde ", Colleague, T0.AddDays(3));

        Assert.Equal(new ScenarioDecision(s.Id, Colleague.Id, Colleague.Name, T0.AddDays(3), "Meilleur solde"), sut.Decision);
        Assert.Equal(ProjectPhase.Decided, sut.Phase);
        Assert.Equal(HistoryAction.ScenarioValidated, sut.History[^1].Action);
    }

    [Fact]
    public void ValidateScenario_AnotherAlreadyValidated_ThrowsUntilReopened()
    {
        var sut = CreateProject();
        var a = sut.SaveScenario(new Scenario { Name = "A" }, Owner, T0);
        var b = sut.SaveScenario(new Scenario { Name = "B" }, Owner, T0);
        sut.ValidateScenario(a.Id, null, Owner, T0);

        var ex = Assert.Throws<MethodologyException>(() => sut.ValidateScenario(b.Id, null, Owner, T0));
        Assert.Equal(("Decided (sc-1)", "Decided (sc-2)"), (ex.FromState, ex.ToState));

        sut.ReopenDecision(Owner, T0);
        Assert.Equal(ProjectPhase.Study, sut.Phase);
        sut.ValidateScenario(b.Id, null, Owner, T0);
        Assert.Equal(b.Id, sut.Decision!.ScenarioId);
    }

    [Fact]
    public void ValidateScenario_ProjectAlreadyInOperation_KeepsPhase()
    {
        var sut = CreateProject();
        var a = sut.SaveScenario(new Scenario { Name = "A" }, Owner, T0);
        sut.ChangePhase(ProjectPhase.Operation, Owner, T0);

        sut.ValidateScenario(a.Id, null, Owner, T0);

        Assert.Equal(ProjectPhase.Operation, sut.Phase);
    }

    [Fact]
    public void RemoveScenario_Validated_Throws()
    {
        var sut = CreateProject();
        var a = sut.SaveScenario(new Scenario { Name = "A" }, Owner, T0);
        sut.ValidateScenario(a.Id, null, Owner, T0);

        Assert.Throws<MethodologyException>(() => sut.RemoveScenario(a.Id, Owner, T0));
        Assert.Single(sut.Scenarios);
    }
}
