using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>
/// The one error policy, at the turn boundary: logs the failure at Error with the conversation id and counts it, runs
/// the <see cref="ITurnErrorCleanup"/> hooks, and tells the user — in the turn's language (<c>Bot:Language</c>, else the
/// locale), never with a stack trace — that something went wrong. A message gets the apology as a reply; an invoke gets
/// an <c>application/vnd.microsoft.error</c> answer carrying it, replacing any answer the turn had set (a card would
/// claim a success the turn did not finish). The adapter then answers 200, as the SDK's <c>OnTurnError</c> does.
/// </summary>
/// <remarks>Throws only when the user could not be told (the apology could not be sent): the adapter then answers 500.</remarks>
public sealed class TurnErrorPolicy
{
    /// <summary>The apology sent after a failed message or invoke. It claims nothing about what was saved: part of it may have been.</summary>
    public static readonly LocalizedText Apology = new(
        "Désolé, une erreur inattendue m’a empêché de terminer votre demande. Une partie a pu être enregistrée : "
        + "vérifiez où en est votre projet avant de recommencer. Si le problème persiste, contactez l’équipe qui administre TicBot.",
        "Sorry, an unexpected error stopped me from finishing your request. Part of it may have been saved: "
        + "check where your project stands before trying again. If the problem persists, contact the team that runs TicBot.");

    /// <summary>The answer to an invoke whose turn ran out of time.</summary>
    public static readonly LocalizedText TimedOut = new(
        "Désolé, votre demande a pris trop de temps et n’a peut-être pas été enregistrée. Vérifiez, puis réessayez dans un instant.",
        "Sorry, your request took too long and may not have been saved. Check, then try again in a moment.");

    private readonly ILogger<TurnErrorPolicy> _logger;
    private readonly IEnumerable<ITurnErrorCleanup> _cleanups;
    private readonly BotKitOptions _options;
    private readonly BotKitMetrics _metrics;

    public TurnErrorPolicy(ILogger<TurnErrorPolicy> logger, IEnumerable<ITurnErrorCleanup> cleanups, IOptions<BotKitOptions> options, BotKitMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _cleanups = cleanups;
        _options = options.Value;
        _metrics = metrics ?? new BotKitMetrics();
    }

    /// <summary>Handles a failed turn; suitable as <see cref="BotAdapter.OnTurnError"/>.</summary>
    /// <exception cref="TurnErrorPolicyException">The apology could not be sent (the cause is the inner exception).</exception>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = LogIds.Conversation(turnContext.Activity.Conversation?.Id);
        _metrics.TurnFailed();
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

        var language = DialogContext.ResolveLanguage(turnContext, turnContext.TurnState.Get<string>(DialogContext.ForcedLanguageKey) ?? _options.Language);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.SetInvokeResponse(InvokeResponses.Error("TurnFailed", Apology.For(language)));
            return;
        }

        // Only a user's own action deserves an answer; a failed install or event stays in the logs.
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(Apology.For(language), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new TurnErrorPolicyException($"The apology for the failed turn in {conversationId} could not be sent.", ex);
        }
    }
}
