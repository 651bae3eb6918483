using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Storage;

namespace TicBot.Bot.Handlers;

/// <summary>
/// After a failed turn that had marked its conversation as welcomed (the welcome itself may not have been
/// delivered: sends can be held until the end of the turn), removes the mark so the next add event welcomes.
/// </summary>
internal sealed class WelcomeMarkCleanup(IStorage storage, ILogger<WelcomeMarkCleanup> logger) : ITurnErrorCleanup
{
    public const string TurnStateKey = "TicBot.Bot.WelcomeMark";

    public async Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<string>(TurnStateKey) is not { } key)
        {
            return;
        }

        await storage.DeleteAsync([key], cancellationToken);
        logger.LogInformation("Welcome mark {Key} removed after a failed turn", LogIds.Key(key));
    }
}
