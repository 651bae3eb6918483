using TicBot.Methodology.Content;

namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>The advice: overhaul or convergence, how clear-cut, why, and what to watch.</summary>
/// <param name="ApproachId">The recommended approach: <c>si.convergence</c> or <c>si.overhaul</c> (its pros and cons are in the content).</param>
/// <param name="IsClearCut">False when the answers point both ways (scores within one point).</param>
/// <param name="ConvergenceScore">Points for convergence.</param>
/// <param name="OverhaulScore">Points for an overhaul.</param>
/// <param name="Reasons">One line per answer that weighed.</param>
/// <param name="Cautions">What to watch with the recommended approach.</param>
public sealed record SiAdviceResult(
    string ApproachId,
    bool IsClearCut,
    int ConvergenceScore,
    int OverhaulScore,
    IReadOnlyList<MethodologyText> Reasons,
    IReadOnlyList<MethodologyText> Cautions)
{
    /// <summary>The other approach, to show side by side.</summary>
    public string AlternativeId => ApproachId == SiAdvisor.Overhaul ? SiAdvisor.Convergence : SiAdvisor.Overhaul;

    /// <summary>The recommended approach with the seed's advantages and drawbacks, in the content's language.</summary>
    /// <exception cref="KeyNotFoundException">The content lacks the approach (a content defect).</exception>
    public SiApproachContent Approach(MethodologyContent content) =>
        content?.FindSiApproach(ApproachId) ?? throw new KeyNotFoundException($"No content for '{ApproachId}'.");
}
