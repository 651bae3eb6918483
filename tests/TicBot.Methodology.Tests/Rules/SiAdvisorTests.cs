using TicBot.Methodology.Content;
using TicBot.Methodology.Rules.SiAdvice;
using TicBot.Methodology.Tests.Support;

namespace TicBot.Methodology.Tests.Rules;

public sealed class SiAdvisorTests
{
    public static TheoryData<SiOpenness, bool, bool, BudgetLevel, TimeHorizon> EveryCombination()
    {
        var data = new TheoryData<SiOpenness, bool, bool, BudgetLevel, TimeHorizon>();
        foreach (var openness in Enum.GetValues<SiOpenness>())
        {
            foreach (var obsolete in new[] { false, true })
            {
                foreach (var realTime in new[] { false, true })
                {
                    foreach (var budget in Enum.GetValues<BudgetLevel>())
                    {
                        foreach (var horizon in Enum.GetValues<TimeHorizon>())
                        {
                            data.Add(openness, obsolete, realTime, budget, horizon);
                        }
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void EveryCombination_CoversAllAnswers()
    {
        Assert.Equal(4 * 2 * 2 * 3 * 3, EveryCombination().Count);
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Advise_EveryCombination_FollowsTheSeed(SiOpenness openness, bool obsolete, bool realTime, BudgetLevel budget, TimeHorizon horizon)
    {
        Seed.Line(155, "Si S.I. suffisamment ouvert - essayer de trouver des interfaces");
        Seed.Line(158, "Si S.I. fermé, obsolète – remis en cause = Se lancer dans un projet d'envergure");

        var sut = SiAdvisor.Advise(new SiAnswers(openness, obsolete, realTime, budget, horizon));

        var closedOrObsolete = openness == SiOpenness.Closed || obsolete;
        Assert.Equal(closedOrObsolete ? SiAdvisor.Overhaul : SiAdvisor.Convergence, sut.ApproachId);
        Assert.Equal(closedOrObsolete || openness == SiOpenness.Open, sut.IsClearCut);
        Assert.NotEmpty(sut.Reasons);
        Assert.All(sut.Reasons, r => Assert.False(r.IsAddition, "The direction rests on the seed's criteria only: " + r.English));
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Advise_EveryCombination_SaysTheDataLagOnlyOfInterfacesNotInRealTime(SiOpenness openness, bool obsolete, bool realTime, BudgetLevel budget, TimeHorizon horizon)
    {
        Seed.Line(157, "inconvénients : si interface non temps réel = décalage");

        var sut = SiAdvisor.Advise(new SiAnswers(openness, obsolete, realTime, budget, horizon));

        var lag = sut.Reasons.Concat(sut.Cautions).Where(t => t.French.Contains("décalage", StringComparison.Ordinal)).ToList();
        if (sut.ApproachId == SiAdvisor.Overhaul)
        {
            Assert.Empty(lag);
        }
        else
        {
            var caution = Assert.Single(lag);
            Assert.Contains(realTime ? "en différé" : "n’est pas en temps réel", caution.French, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Advise_EveryCombination_BudgetAndHorizonAreAdditionsThatPhaseNotSteer(SiOpenness openness, bool obsolete, bool realTime, BudgetLevel budget, TimeHorizon horizon)
    {
        var sut = SiAdvisor.Advise(new SiAnswers(openness, obsolete, realTime, budget, horizon));
        var reference = SiAdvisor.Advise(new SiAnswers(openness, obsolete, realTime, BudgetLevel.Moderate, TimeHorizon.OneToTwoYears));

        Assert.Equal(reference.ApproachId, sut.ApproachId);
        var phasing = sut.Cautions.Where(c => c.French.Contains("phasez", StringComparison.Ordinal) || c.French.Contains("lots", StringComparison.Ordinal)).ToList();
        Assert.Equal(sut.ApproachId == SiAdvisor.Overhaul && (budget == BudgetLevel.Limited || horizon == TimeHorizon.UnderOneYear), phasing.Count > 0);
        Assert.All(sut.Cautions.Except(reference.Cautions), c => Assert.True(c.IsAddition, "Budget and horizon remarks are additions: " + c.English));
    }

    [Fact]
    public void Advise_ClosedWithLimitedBudgetAndShortDeadline_StillOverhaulsAndPhases()
    {
        Seed.Line(158, "Si S.I. fermé");
        Seed.Line(160, "inconvénients : gros projet = durée, gérer un changement en profondeur");

        var sut = SiAdvisor.Advise(new SiAnswers(SiOpenness.Closed, false, false, BudgetLevel.Limited, TimeHorizon.UnderOneYear));

        Assert.Equal(SiAdvisor.Overhaul, sut.ApproachId);
        Assert.Contains(sut.Cautions, c => !c.IsAddition && c.French.StartsWith("Gros projet", StringComparison.Ordinal));
        Assert.Contains(sut.Cautions, c => c.IsAddition && c.English.Contains("phase it", StringComparison.Ordinal));
    }

    [Fact]
    public void Approach_Convergence_ComesWithTheSeedProsAndCons()
    {
        Seed.Line(156, "avantages : conservation application métier");
        var sut = SiAdvisor.Advise(new SiAnswers(SiOpenness.Open, false, false, BudgetLevel.Limited, TimeHorizon.UnderOneYear));

        var approach = sut.Approach(MethodologyCatalog.Load().For(ContentLanguage.French));

        Assert.Equal(["Conservation de l’application métier"], approach.Advantages);
        Assert.Equal(SiAdvisor.Overhaul, sut.AlternativeId);
    }

    [Theory]
    [InlineData(SiAdvisor.Convergence)]
    [InlineData(SiAdvisor.Overhaul)]
    public void ApproachIds_ExistInContent_WithSeedProsAndCons(string id)
    {
        var approach = MethodologyCatalog.Load().For(ContentLanguage.French).FindSiApproach(id)!;

        Assert.NotEmpty(approach.Advantages);
        Assert.NotEmpty(approach.Drawbacks);
    }
}
