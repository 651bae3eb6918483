namespace TicBot.Methodology.Projects;

/// <summary>A funding expected for a scenario.</summary>
/// <param name="Source">A funding lead id (e.g. <c>funding.detr</c>) or free text.</param>
/// <param name="Amount">Amount in euros, received once.</param>
/// <param name="Certainty">How sure it is.</param>
public sealed record FundingLine(string Source, decimal Amount, FundingCertainty Certainty);
