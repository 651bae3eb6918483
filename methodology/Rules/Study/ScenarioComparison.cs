namespace TicBot.Methodology.Rules.Study;

/// <summary>The scenarios ranked on functional coverage and on the balance of advantages and drawbacks (money included).</summary>
/// <param name="Ranking">Best first.</param>
/// <param name="HorizonNote">Set when scenarios use different financial horizons (balances then compare unequal periods).</param>
public sealed record ScenarioComparison(IReadOnlyList<RankedScenario> Ranking, MethodologyText? HorizonNote)
{
    /// <summary>The single best scenario. <value>Null when there is none or the first place is tied.</value></summary>
    public string? LeaderId => Ranking is [{ IsTied: false } first, ..] ? first.Evaluation.ScenarioId : null;
}
