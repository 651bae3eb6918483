using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;
using TicBot.BotKit.Logging;

namespace TicBot.BotKit.State;

/// <summary>The attempts of one turn: run, save, release — or drop, reload and run again.</summary>
public sealed partial class ConversationTurnMiddleware
{
    private static readonly LocalizedText TryAgain = new(
        "Votre demande n’a pas pu être enregistrée, car la conversation a été modifiée au même moment. Veuillez réessayer.",
        "Your request could not be saved because the conversation was changed at the same moment. Please try again.");

    private async Task RunAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var outbox = new HeldOutbox();
        outbox.Attach(turnContext);
        var initialTurnState = new Dictionary<string, object>(turnContext.TurnState, StringComparer.Ordinal);
        try
        {
            for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
            {
                outbox.Holding = true;
                try
                {
                    await next(cancellationToken);
                    foreach (var state in _states)
                    {
                        await state.SaveChangesAsync(turnContext, false, cancellationToken);
                    }

                    await outbox.ReleaseAsync();
                    return;
                }
                catch (StorageConflictException ex) when (!cancellationToken.IsCancellationRequested)
                {
                    _logger.LogInformation(ex, "Turn attempt {Attempt} of {ConversationId} conflicted on {Key}; {Dropped} held activities dropped",
                        attempt, LogIds.Conversation(turnContext.Activity.Conversation?.Id), LogIds.Key(ex.Key), outbox.HeldCount);
                    ResetAttempt(turnContext, outbox, initialTurnState);
                }

                if (attempt < _options.MaxAttempts)
                {
                    Interlocked.Increment(ref _retries);
                    await Task.Delay(Jitter(attempt), _timeProvider, cancellationToken);
                }
            }

            Interlocked.Increment(ref _abandonedTurns);
            _logger.LogWarning("Turn of {ConversationId} abandoned after {Attempts} conflicting attempts",
                LogIds.Conversation(turnContext.Activity.Conversation?.Id), _options.MaxAttempts);
            outbox.Holding = false;
            await SendTryAgainAsync(turnContext, cancellationToken);
        }
        finally
        {
            // An exception leaves nothing of the attempt behind, and lets OnTurnError's apology through.
            outbox.Holding = false;
            outbox.Drop();
        }
    }

    private void ResetAttempt(ITurnContext turnContext, HeldOutbox outbox, Dictionary<string, object> initialTurnState)
    {
        outbox.Drop();
        foreach (var state in _states)
        {
            state.Discard(turnContext);
        }

        // The re-run starts from the turn state the middleware was given, not from the discarded attempt's.
        turnContext.TurnState.Clear();
        foreach (var (name, value) in initialTurnState)
        {
            turnContext.TurnState[name] = value;
        }

        if (turnContext is TurnContext concrete)
        {
            concrete.ResetResponded();
        }
    }

    private TimeSpan Jitter(int attempt)
        => _options.RetryDelay * attempt * (0.5 + Random.Shared.NextDouble());

    private static async Task SendTryAgainAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var language = LanguageResolver.Resolve(turnContext.Activity.Locale);
        await turnContext.SendActivityAsync(TryAgain.For(language), cancellationToken);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            // The card's HTTP call still needs an answer; the message above tells the user what happened.
            var response = new InvokeResponse { Status = 200 };
            await turnContext.SendActivityAsync(
                new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = System.Text.Json.JsonSerializer.SerializeToElement(response, BotKitJsonContext.Default.InvokeResponse),
                },
                cancellationToken);
        }
    }
}
