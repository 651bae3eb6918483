namespace TicBot.Bot.Handlers;

/// <summary>The stored proof that a conversation was welcomed.</summary>
internal sealed record WelcomeRecord(DateTimeOffset WelcomedAt, string Trigger);
