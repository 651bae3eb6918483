using System.Text.Json;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// Builds the form's Adaptive Card (botkit has no card builder): empty at first, then filled with the
/// submitted <paramref name="values"/> and each field's error shown beside it.
/// </summary>
/// <param name="values">The last submitted data; null the first time.</param>
/// <param name="errors">Error message by input id; empty the first time.</param>
public delegate Attachment FormCardFactory(JsonElement? values, IReadOnlyDictionary<string, string> errors, UserLanguage language);
