using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>The "is typing" indicator.</summary>
public static class TypingExtensions
{
    /// <summary>Sends a <c>typing</c> activity; it does not mark the turn as responded.</summary>
    public static Task<ResourceResponse?> SendTypingAsync(this ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
    }
}
