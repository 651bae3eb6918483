namespace TicBot.Dialogs.Projects;

/// <summary>
/// The project a card's button acts on, as the card says (client-held data: checked, never trusted): its id and,
/// for a card shown outside the project's place, that place (<see cref="ProjectPlace.Reference"/>). A card posted
/// before projects had ids names none.
/// </summary>
public sealed record ProjectTarget(string? ProjectId, string? Place);
