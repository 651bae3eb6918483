using TicBot.BotKit.Builder;

namespace TicBot.Bot.Routing;

/// <summary>Handles the activities the <see cref="ActivityRouter"/> sends its way.</summary>
public interface IActivityHandler
{
    Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
