namespace TicBot.BotKit.Recognizers;

/// <summary>The choice a user's answer designates.</summary>
/// <param name="Value">The chosen <see cref="Choice.Value"/>.</param>
/// <param name="Index">Its position in the list, from 0.</param>
public sealed record FoundChoice(string Value, int Index);
