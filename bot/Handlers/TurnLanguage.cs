using Microsoft.Extensions.Options;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;

namespace TicBot.Bot.Handlers;

/// <summary>The language of a turn: the <c>Bot:Language</c> setting, else the user's locale.</summary>
internal sealed class TurnLanguage(IOptions<BotOptions> options)
{
    /// <summary>Resolves the turn's language, and tells the dialogs of the turn the bot's setting.</summary>
    public UserLanguage For(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[DialogContext.ForcedLanguageKey] = options.Value.Language;
        return DialogContext.ResolveLanguage(turnContext);
    }
}
