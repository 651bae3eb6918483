namespace TicBot.BotKit.Proactive;

/// <summary>A person's part of the export: their personal chat's reference and the places they were removed from.</summary>
internal sealed record PersonalReferenceExport(PlaceReference? PersonalChat, IReadOnlyList<MemberDeparture> Departures);
