namespace TicBot.BotKit.Proactive;

/// <summary>The person a proactive message is for.</summary>
/// <param name="Id">Their account id on the channel (Teams: <c>29:…</c>).</param>
/// <param name="Name">Their display name, used to mention them when the message goes to the place.</param>
/// <param name="AadObjectId">Their Microsoft Entra object id, when known (kept in a personal chat opened for them).</param>
public sealed record ProactiveRecipient(string Id, string Name, string? AadObjectId = null);
