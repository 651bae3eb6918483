using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>
/// The one error policy, at the turn boundary: logs the failure with the conversation id, runs the
/// <see cref="ITurnErrorCleanup"/> hooks, and tells the user — in their language, never with a stack
/// trace — that something went wrong and what to do. It never throws.
/// </summary>
public sealed class TurnErrorPolicy
{
    /// <summary>The apology sent after a failed message or invoke.</summary>
    public static readonly LocalizedText Apology = new(
        "Désolé, une erreur inattendue m'a empêché de traiter votre demande. Vos données de projet ne sont pas touchées. "
        + "Réessayez dans un instant ; si le problème persiste, contactez l'équipe qui administre TicBot.",
        "Sorry, an unexpected error stopped me from handling your request. Your project data is untouched. "
        + "Please try again in a moment; if the problem persists, contact the team that runs TicBot.");

    private readonly ILogger<TurnErrorPolicy> _logger;
    private readonly IEnumerable<ITurnErrorCleanup> _cleanups;
    private readonly BotKitOptions _options;

    public TurnErrorPolicy(ILogger<TurnErrorPolicy> logger, IEnumerable<ITurnErrorCleanup> cleanups, IOptions<BotKitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _cleanups = cleanups;
        _options = options.Value;
    }

    /// <summary>Handles a failed turn; suitable as <see cref="BotAdapter.OnTurnError"/>.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = LogIds.Conversation(turnContext.Activity.Conversation?.Id);
        _logger.LogError(exception, "Turn failed for {ConversationId}", conversationId);

        foreach (var cleanup in _cleanups)
        {
            try
            {
                await cleanup.OnTurnErrorAsync(turnContext, exception, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Cleanup {Cleanup} failed after the failed turn in {ConversationId}", cleanup.GetType().Name, conversationId);
            }
        }

        // Only a user's own action deserves an answer; a failed install or event stays in the logs.
        if (turnContext.Activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
        {
            return;
        }

        try
        {
            var language = LanguageResolver.Resolve(turnContext.Activity.GetUserLocale(), _options.Language);
            await turnContext.SendActivityAsync(Apology.For(language), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Could not tell the user about the failed turn in {ConversationId}", conversationId);
        }
    }
}
