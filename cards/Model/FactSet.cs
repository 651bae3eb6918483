namespace TicBot.Cards.Model;

/// <summary>Title/value pairs, read in order by screen readers.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : AdaptiveElement;
