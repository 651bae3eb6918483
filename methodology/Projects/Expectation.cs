namespace TicBot.Methodology.Projects;

/// <summary>An expectation collected from usagers, agents or élus; its rank is its position (1 = most important).</summary>
/// <param name="Id">Project-local id, e.g. <c>exp-3</c>.</param>
/// <param name="Text">The expectation in the words collected.</param>
/// <param name="Source">Where it was collected.</param>
/// <param name="Rank">1-based priority, kept contiguous by the project.</param>
public sealed record Expectation(string Id, string Text, ExpectationSource Source, int Rank);
