using TicBot.BotKit.Builder;

namespace TicBot.Bot.Routing;

/// <summary>Several handlers for one route, run one after the other in the order given.</summary>
public sealed class HandlerSequence(params IActivityHandler[] handlers) : IActivityHandler
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(turnContext, cancellationToken);
        }
    }
}
