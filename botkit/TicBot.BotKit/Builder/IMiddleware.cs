namespace TicBot.BotKit.Builder;

/// <summary>A step of the adapter's pipeline, run around every turn in the order it was added.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
