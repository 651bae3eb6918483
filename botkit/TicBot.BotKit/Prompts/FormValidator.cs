using System.Text.Json;
using TicBot.BotKit.Localization;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Checks every field of a submitted form on the server (never trust the card's own checks).
/// </summary>
/// <param name="data">The submitted data: the inputs by id, merged with the action's data.</param>
/// <returns>An error message by input id, in <paramref name="language"/>; empty when the form is valid.</returns>
public delegate Task<IReadOnlyDictionary<string, string>> FormValidator(JsonElement data, UserLanguage language, CancellationToken cancellationToken);
