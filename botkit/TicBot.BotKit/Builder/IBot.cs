namespace TicBot.BotKit.Builder;

/// <summary>The application: handles one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
