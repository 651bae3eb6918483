using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;
using TicBot.Dialogs;

namespace TicBot.Bot.Handlers;

/// <summary>
/// Adaptive Card <c>Action.Execute</c> (invoke <c>adaptiveCard/action</c>): answered with the refreshed card, so the
/// card updates in place.
/// </summary>
internal sealed class CardActionHandler(TurnLanguage language, TicBotConversation conversation) : IActivityHandler
{
    public Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => conversation.OnCardInvokeAsync(turnContext, language.For(turnContext), cancellationToken);
}
