namespace TicBot.Cards.Model;

/// <summary>Opens a web page.</summary>
public sealed record OpenUrlAction(string Title, string Url) : AdaptiveAction(Title);
