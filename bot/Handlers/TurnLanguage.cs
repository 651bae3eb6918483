using Microsoft.Extensions.Options;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;

namespace TicBot.Bot.Handlers;

/// <summary>The language of a turn: the <c>Bot:Language</c> setting, else the user's locale.</summary>
internal sealed class TurnLanguage(IOptions<BotOptions> options)
{
    public UserLanguage For(ITurnContext turnContext)
        => LanguageResolver.Resolve(turnContext.Activity.GetUserLocale(), options.Value.Language);
}
