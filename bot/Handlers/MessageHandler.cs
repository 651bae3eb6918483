using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;
using TicBot.Dialogs;

namespace TicBot.Bot.Handlers;

/// <summary>Messages go to the conversations: typed text to the dialogs, card submits to the card actions.</summary>
internal sealed class MessageHandler(TurnLanguage language, TicBotConversation conversation) : IActivityHandler
{
    public Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => conversation.OnMessageAsync(turnContext, language.For(turnContext), cancellationToken);
}
