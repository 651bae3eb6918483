using TicBot.Methodology.Content;

namespace TicBot.Methodology.Rules.SiAdvice;

/// <summary>The advice: overhaul or convergence, how clear-cut, why, and what to watch.</summary>
/// <param name="ApproachId">The recommended approach: <c>si.convergence</c> or <c>si.overhaul</c> (its pros and cons are in the content).</param>
/// <param name="IsClearCut">False when the SI's openness is partial or unknown: the advice is to be confirmed by an assessment.</param>
/// <param name="Reasons">Why this direction, in the seed's terms.</param>
/// <param name="Cautions">What to watch with the recommended approach; budget and horizon remarks are marked as additions.</param>
public sealed record SiAdviceResult(
    string ApproachId,
    bool IsClearCut,
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
