using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Study;
using TicBot.Methodology.Tests.Support;

namespace TicBot.Methodology.Tests.Rules;

public sealed class ScenarioStudyTests
{
    private static readonly Expectation[] Ranked =
    [
        new("exp-1", "Prendre rendez-vous en ligne", ExpectationSource.FieldSurvey, 1),
        new("exp-2", "Payer en ligne", ExpectationSource.FrontDeskForm, 2),
        new("exp-3", "Suivre sa demande", ExpectationSource.Meeting, 3),
    ];

    private static readonly ScenarioFinance CompleteFinance = new()
    {
        OneOffCosts = [new MoneyLine("Achat", 8_000m), new MoneyLine("Installation", 2_000m)],
        YearlyRunningCosts = [new MoneyLine("Maintenance", 1_000m)],
        YearlyGains = [new MoneyLine("Temps agent", 4_000m)],
        Funding = [new FundingLine("funding.detr", 2_000m, FundingCertainty.Granted), new FundingLine("funding.feder", 1_000m, FundingCertainty.Requested)],
    };

    [Fact]
    public void Evaluate_CompleteFinance_CountsObtainedFundingOnlyAndKeepsRequestedApart()
    {
        Seed.Line(101, "Étude fonctionnelle et **financière** de différents scénarii");

        var sut = ScenarioStudy.Evaluate(Ranked, new Scenario { Id = "sc-1", Name = "A", Finance = CompleteFinance }).Finance!;

        Assert.Equal(15_000m, sut.TotalCost);
        Assert.Equal(2_000m, sut.ObtainedFunding);
        Assert.Equal(1_000m, sut.RequestedFunding);
        Assert.Equal(13_000m, sut.NetCost);
        Assert.Equal(20_000m, sut.TotalGains);
        Assert.Equal(7_000m, sut.Balance);
        Assert.Equal([-5_000m, -2_000m, 1_000m, 4_000m, 7_000m], sut.CumulativeByYear);
        Assert.Equal(3, sut.PaybackYear);
    }

    [Theory]
    [InlineData(8_000, null, 3, true)] // gains beat costs: one more advantage, weight 3 (indicative)
    [InlineData(1_000, 5, 5, false)] // costs beat gains: a drawback of the weight the team gave
    [InlineData(4_000, null, 0, false)] // gains equal net costs: neither advantage nor drawback
    public void Evaluate_FinancialBalance_FeedsTheAdvantagesAndDrawbacks(int yearlyGains, int? weight, int expected, bool indicative)
    {
        Seed.Line(102, "Avantages – inconvénients");
        Seed.Line(103, "Solde positif → décision de poursuite");
        var finance = CompleteFinance with { YearlyGains = [new MoneyLine("Temps agent", yearlyGains)], Funding = [], BalanceWeight = weight, OneOffCosts = [new MoneyLine("Achat", 15_000m)] };
        var scenario = new Scenario { Name = "A", Advantages = [new("Simple", 2)], Drawbacks = [new("Formation", 1)], Finance = finance };

        var sut = ScenarioStudy.Evaluate(Ranked, scenario);

        var sign = Math.Sign(sut.Finance!.Balance);
        Assert.Equal(sign * expected, sut.FinancialWeight);
        Assert.Equal(indicative, sut.IsFinancialWeightIndicative);
        Assert.Equal(2 - 1 + (sign * expected), sut.Balance);
    }

    [Fact]
    public void Evaluate_NegativeMoneyOutweighedByAdvantages_IsStillAPositiveBalance()
    {
        Seed.Line(103, "Solde positif → décision de poursuite");
        var scenario = new Scenario
        {
            Name = "Guichet unique",
            Advantages = [new("Un seul accueil pour les familles", 5), new("Moins de déplacements", 3)],
            Finance = new ScenarioFinance { OneOffCosts = [new MoneyLine("Achat", 40_000m)], YearlyRunningCosts = [new MoneyLine("Licences", 2_000m)], YearlyGains = [], Funding = [new FundingLine("funding.dsil", 30_000m, FundingCertainty.Requested)] },
        };

        var sut = ScenarioStudy.Evaluate(Ranked, scenario);

        Assert.Equal(-50_000m, sut.Finance!.Balance);
        Assert.Equal(30_000m, sut.Finance.RequestedFunding);
        Assert.Equal(8 - 3, sut.Balance);
        Assert.True(sut.IsBalancePositive);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 5, 1, 0)] // nothing spent, nothing gained: even from year 1, balance not positive
    [InlineData(9000, 0, 3000, 0, 3, 3, 0)] // pays back exactly in the last year
    [InlineData(9000, 0, 3000, 0, 2, null, -3000)] // beyond the horizon
    [InlineData(5000, 2000, 1000, 0, 5, null, -10000)] // running costs exceed gains: never
    [InlineData(5000, 0, 0, 6000, 5, 1, 1000)] // funding covers the purchase
    [InlineData(1000, 500, 0, 3000, 5, 1, -500)] // positive in year 1, negative at the horizon: payback is the first year at or above zero
    [InlineData(0, 0, 100, 0, 1, 1, 100)] // one-year horizon
    public void FinancialResult_EdgeCases_PaybackAndBalance(int oneOff, int running, int gains, int funding, int horizon, int? payback, int balance)
    {
        var sut = new FinancialResult { OneOffCosts = oneOff, YearlyRunningCosts = running, YearlyGains = gains, ObtainedFunding = funding, HorizonYears = horizon };

        Assert.Equal(payback, sut.PaybackYear);
        Assert.Equal(balance, sut.Balance);
    }

    [Fact]
    public void FinancialResult_DecimalAmounts_StayExact()
    {
        var sut = new FinancialResult { OneOffCosts = 0.3m, YearlyRunningCosts = 0m, YearlyGains = 0.1m, ObtainedFunding = 0m, HorizonYears = 3 };

        Assert.Equal(0m, sut.Balance);
        Assert.Equal(3, sut.PaybackYear);
    }

    [Fact]
    public void Evaluate_Coverage_WeightsExpectationsByRank()
    {
        var scenario = new Scenario
        {
            Name = "A",
            Coverage = new Dictionary<string, CoverageLevel> { ["exp-1"] = CoverageLevel.Full, ["exp-2"] = CoverageLevel.Partial, ["exp-3"] = CoverageLevel.None },
        };

        var sut = ScenarioStudy.Evaluate(Ranked, scenario);

        Assert.Equal(4m / 6m, sut.Coverage);
        Assert.Empty(sut.NotAssessedExpectationIds);
    }

    [Fact]
    public void Evaluate_RanksWithGaps_StillWeighsByOrder()
    {
        Expectation[] gappy = [new("a", "A", ExpectationSource.Other, 7), new("b", "B", ExpectationSource.Other, 40)];
        var scenario = new Scenario { Name = "S", Coverage = new Dictionary<string, CoverageLevel> { ["a"] = CoverageLevel.Full, ["b"] = CoverageLevel.None } };

        Assert.Equal(2m / 3m, ScenarioStudy.Evaluate(gappy, scenario).Coverage);
    }

    [Fact]
    public void Evaluate_MissingData_IsListedNotGuessed()
    {
        var scenario = new Scenario
        {
            Name = "A",
            Coverage = new Dictionary<string, CoverageLevel> { ["exp-1"] = CoverageLevel.Full },
            Finance = CompleteFinance with { YearlyGains = null, Funding = null },
        };

        var sut = ScenarioStudy.Evaluate(Ranked, scenario);

        Assert.Equal(3m / 6m, sut.Coverage);
        Assert.Equal(["exp-2", "exp-3"], sut.NotAssessedExpectationIds);
        Assert.Null(sut.Finance);
        Assert.Null(sut.Balance);
        Assert.Null(sut.IsBalancePositive);
        Assert.Equal(["coverage-incomplete", "advantages-drawbacks", "finance.gains", "finance.funding"], sut.MissingData);
    }

    [Fact]
    public void Evaluate_NoExpectations_ReportsThem()
    {
        var sut = ScenarioStudy.Evaluate([], new Scenario { Name = "A", Advantages = [new WeightedPoint("x", 2)], Drawbacks = [new WeightedPoint("y", 3)] });

        Assert.Null(sut.Coverage);
        Assert.Equal(-1, sut.Balance);
        Assert.False(sut.IsBalancePositive);
        Assert.Equal(["expectations", "finance"], sut.MissingData);
    }

    [Fact]
    public void Compare_ClearWinner_RanksAndExplains()
    {
        Seed.Line(101, "Étude fonctionnelle et **financière** de différents scénarii");
        Seed.Line(102, "Avantages – inconvénients");
        Scenario[] scenarios =
        [
            new() { Id = "sc-1", Name = "Logiciel interne", Coverage = Cover(CoverageLevel.Partial), Advantages = [new("Maîtrise", 2)], Drawbacks = [new("Charge", 4)], Finance = CompleteFinance with { YearlyGains = [new MoneyLine("g", 1_000m)] } },
            new() { Id = "sc-2", Name = "Portail mutualisé", Coverage = Cover(CoverageLevel.Full), Advantages = [new("Coût partagé", 4)], Finance = CompleteFinance },
        ];

        var sut = ScenarioStudy.Compare(Ranked, scenarios);

        Assert.Equal("sc-2", sut.LeaderId);
        Assert.Equal([(1, 2, "sc-2"), (2, 0, "sc-1")], sut.Ranking.Select(r => (r.Position, r.Points, r.Evaluation.ScenarioId)));
        Assert.Equal(
            [
                "Couverture des attentes\u00a0: 100\u202f%, pondérée par le rang — la meilleure",
                "Solde des avantages et des inconvénients, étude financière comprise\u00a0: +7 (positif) — le meilleur",
                "Bilan financier sur 5\u00a0ans, financements obtenus seuls\u00a0: 7\u202f000\u00a0€ (un avantage, poids 3/5 indicatif)\u00a0; délai de retour sur investissement\u00a0: 3\u00a0ans\u00a0; financements demandés, non comptés\u00a0: 1\u202f000\u00a0€",
            ],
            sut.Ranking[0].Reasons.Select(r => r.French));
        Assert.Equal("Financial balance over 5 years, obtained funding only: -€8,000 (a drawback, weight 3/5, indicative); no payback within 5 years; funding requested, not counted: €1,000", sut.Ranking[1].Reasons[2].English);
        Assert.Null(sut.HorizonNote);
    }

    [Fact]
    public void Compare_EachBestOnOneCriterion_IsAnExplicitTie()
    {
        Scenario[] scenarios =
        [
            new() { Id = "sc-1", Name = "A", Coverage = Cover(CoverageLevel.Full), Advantages = [new("x", 3)], Finance = CompleteFinance with { YearlyGains = [] } },
            new() { Id = "sc-2", Name = "B", Coverage = Cover(CoverageLevel.Partial), Advantages = [new("x", 3)], Finance = CompleteFinance },
        ];

        var sut = ScenarioStudy.Compare(Ranked, scenarios);

        Assert.Null(sut.LeaderId);
        Assert.All(sut.Ranking, r => Assert.Equal((1, 1, true), (r.Position, r.Points, r.IsTied)));
        Assert.Equal("À égalité avec\u00a0: B", sut.Ranking[0].Reasons[^1].French);
        Assert.Equal("Tied with: A", sut.Ranking[1].Reasons[^1].English);
    }

    [Fact]
    public void Compare_MissingFinance_ScoresNothingOnBalanceAndSaysSo()
    {
        Scenario[] scenarios =
        [
            new() { Id = "sc-1", Name = "A", Coverage = Cover(CoverageLevel.Full) },
            new() { Id = "sc-2", Name = "B", Coverage = Cover(CoverageLevel.Full), Finance = CompleteFinance with { HorizonYears = 3, YearlyGains = [] } },
            new() { Id = "sc-3", Name = "C", Coverage = Cover(CoverageLevel.None), Finance = CompleteFinance },
        ];

        var sut = ScenarioStudy.Compare(Ranked, scenarios);

        // A and B each beat C on coverage; C beats B on the balance (money positive vs negative); A has no balance: a three-way tie.
        Assert.Null(sut.LeaderId);
        Assert.All(sut.Ranking, r => Assert.Equal((1, 1), (r.Position, r.Points)));
        Assert.Contains(sut.Ranking.Single(r => r.Evaluation.ScenarioId == "sc-1").Reasons, r => r.French == "Données manquantes\u00a0: avantages et inconvénients, étude financière");
        Assert.NotNull(sut.HorizonNote);
    }

    [Fact]
    public void Compare_NoScenario_HasNoLeader()
    {
        var sut = ScenarioStudy.Compare(Ranked, []);

        Assert.Empty(sut.Ranking);
        Assert.Null(sut.LeaderId);
    }

    private static Dictionary<string, CoverageLevel> Cover(CoverageLevel level) =>
        Ranked.ToDictionary(e => e.Id, _ => level);
}
