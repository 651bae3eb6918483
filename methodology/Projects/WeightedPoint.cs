namespace TicBot.Methodology.Projects;

/// <summary>An advantage or a drawback of a scenario, weighted from 1 (minor) to 5 (decisive).</summary>
public sealed record WeightedPoint(string Text, int Weight);
