namespace TicBot.Cards.Model;

/// <summary>One line of a <see cref="FactSet"/>.</summary>
public sealed record Fact(string Title, string Value);
