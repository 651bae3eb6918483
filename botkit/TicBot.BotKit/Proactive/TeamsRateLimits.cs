namespace TicBot.BotKit.Proactive;

/// <summary>Teams' documented limits on what a bot sends (PROTOCOL.md, "Teams limits").</summary>
public static class TeamsRateLimits
{
    /// <summary>Per bot and conversation: 7 messages per second, 8 per 2 s, 60 per 30 s, 1,800 per hour.</summary>
    public static IReadOnlyList<RateLimit> PerConversation { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1_800, TimeSpan.FromHours(1)),
    ];

    /// <summary>Per app and tenant, every request: <paramref name="perSecond"/> in any second (Teams: about 50).</summary>
    public static IReadOnlyList<RateLimit> PerTenant(int perSecond) => [new(perSecond, TimeSpan.FromSeconds(1))];
}
