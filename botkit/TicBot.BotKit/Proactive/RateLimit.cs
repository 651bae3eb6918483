namespace TicBot.BotKit.Proactive;

/// <summary>At most <paramref name="Count"/> sends in any span of <paramref name="Window"/>.</summary>
public readonly record struct RateLimit(int Count, TimeSpan Window);
