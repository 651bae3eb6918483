using TicBot.Bot.Routing;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Proactive;

namespace TicBot.Bot.Handlers;

/// <summary>
/// Keeps the stored conversation references in step with the channel (<see cref="ConversationReferenceCapture"/>),
/// before the turn's own handler. A message writes nothing unless its reference changed. A storage failure here is
/// logged and the turn goes on: the user's request matters more than a reference the next activity can store.
/// </summary>
internal sealed class ConversationReferenceHandler(ConversationReferenceCapture capture, ILogger<ConversationReferenceHandler> logger) : IActivityHandler
{
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await capture.CaptureAsync(turnContext.Activity, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Conversation reference of {ConversationId} not captured", LogIds.Conversation(turnContext.Activity.Conversation?.Id));
        }
    }
}
