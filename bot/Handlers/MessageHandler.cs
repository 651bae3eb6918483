using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;

namespace TicBot.Bot.Handlers;

/// <summary>Answers a message with the menu (a card submit with an acknowledgement) until the dialogs land.</summary>
internal sealed class MessageHandler(TurnLanguage language) : IActivityHandler
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        activity.RemoveRecipientMention();
        var lang = language.For(turnContext);
        var isCardSubmit = string.IsNullOrWhiteSpace(activity.Text) && activity.Value is not null;
        await turnContext.SendActivityAsync((isCardSubmit ? BotTexts.FormReceived : BotTexts.Menu).For(lang), cancellationToken);
    }
}
