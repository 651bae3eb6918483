namespace TicBot.Methodology.Projects;

/// <summary>A labelled amount in euros (a cost or a gain).</summary>
public sealed record MoneyLine(string Label, decimal Amount);
