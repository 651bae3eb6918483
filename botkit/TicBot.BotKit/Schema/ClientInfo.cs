namespace TicBot.BotKit.Schema;

/// <summary>What the <c>clientInfo</c> entity says about the user's client.</summary>
/// <param name="Locale">For example <c>fr-FR</c>; null when absent.</param>
/// <param name="Country">For example <c>FR</c>.</param>
/// <param name="Platform">For example <c>Web</c>, <c>Windows</c>, <c>Android</c>.</param>
/// <param name="TimeZone">An IANA time zone id such as <c>Europe/Paris</c>.</param>
public sealed record ClientInfo(string? Locale, string? Country, string? Platform, string? TimeZone);
