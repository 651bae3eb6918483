namespace TicBot.Cards.Model;

/// <summary>One choice of an <see cref="InputChoiceSet"/>.</summary>
public sealed record Choice(string Title, string Value);
