using TicBot.Methodology.Content;
using TicBot.Methodology.Rules.SiAdvice;

namespace TicBot.Methodology.Tests.Rules;

public sealed class SiAdvisorTests
{
    [Theory]
    [InlineData(SiOpenness.Open, false, false, BudgetLevel.Moderate, TimeHorizon.OneToTwoYears, "si.convergence", true, 3, 0)]
    [InlineData(SiOpenness.Closed, true, false, BudgetLevel.Moderate, TimeHorizon.OneToTwoYears, "si.overhaul", true, 0, 6)]
    [InlineData(SiOpenness.Closed, false, false, BudgetLevel.Limited, TimeHorizon.UnderOneYear, "si.convergence", false, 4, 3)]
    [InlineData(SiOpenness.Partial, true, true, BudgetLevel.Ample, TimeHorizon.MoreThanTwoYears, "si.overhaul", true, 1, 6)]
    [InlineData(SiOpenness.Open, true, false, BudgetLevel.Moderate, TimeHorizon.OneToTwoYears, "si.convergence", false, 3, 3)] // tie → convergence
    [InlineData(SiOpenness.Unknown, false, true, BudgetLevel.Moderate, TimeHorizon.OneToTwoYears, "si.overhaul", false, 0, 1)]
    public void Advise_Answers_RecommendsWithScores(
        SiOpenness openness, bool obsolete, bool realTime, BudgetLevel budget, TimeHorizon horizon,
        string approach, bool clearCut, int convergence, int overhaul)
    {
        var sut = SiAdvisor.Advise(new SiAnswers(openness, obsolete, realTime, budget, horizon));

        Assert.Equal((approach, clearCut, convergence, overhaul), (sut.ApproachId, sut.IsClearCut, sut.ConvergenceScore, sut.OverhaulScore));
        Assert.NotEmpty(sut.Reasons);
    }

    [Fact]
    public void Advise_ConvergenceWithRealTimeNeed_WarnsAboutLag()
    {
        var sut = SiAdvisor.Advise(new SiAnswers(SiOpenness.Open, false, true, BudgetLevel.Limited, TimeHorizon.UnderOneYear));

        Assert.Equal(SiAdvisor.Convergence, sut.ApproachId);
        Assert.Contains(sut.Cautions, c => c.French.Contains("temps réel", StringComparison.Ordinal));
    }

    [Fact]
    public void Advise_OverhaulUnderOneYear_WarnsToPhase()
    {
        var sut = SiAdvisor.Advise(new SiAnswers(SiOpenness.Closed, true, true, BudgetLevel.Ample, TimeHorizon.UnderOneYear));

        Assert.Equal(SiAdvisor.Overhaul, sut.ApproachId);
        Assert.Contains(sut.Cautions, c => c.English.Contains("phase the project", StringComparison.Ordinal));
    }

    [Fact]
    public void Approach_Recommended_ComesWithTheSeedProsAndCons()
    {
        var sut = SiAdvisor.Advise(new SiAnswers(SiOpenness.Open, false, false, BudgetLevel.Limited, TimeHorizon.UnderOneYear));

        var approach = sut.Approach(MethodologyCatalog.Load().For(ContentLanguage.French));

        Assert.Equal(["Conservation de l'application métier"], approach.Advantages);
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
