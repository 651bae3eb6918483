namespace TicBot.BotKit.Builder;

/// <summary>
/// Repairs conversation state after a failed turn so the next turn does not fail the same way (the dialogs
/// layer clears the broken dialog stack). Registered in DI; every registration runs, in order.
/// </summary>
public interface ITurnErrorCleanup
{
    /// <summary>Must never touch project data. An exception thrown here is logged and ignored.</summary>
    Task OnTurnErrorAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken);
}
