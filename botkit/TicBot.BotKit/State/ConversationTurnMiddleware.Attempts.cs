using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Hosting;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Schema;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>The attempts of one turn: run, save, release — or drop, reload and run again.</summary>
public sealed partial class ConversationTurnMiddleware
{
    /// <summary>Said when the turn gave up after repeated conflicts (as an invoke answer for a card).</summary>
    public static readonly LocalizedText TryAgain = new(
        "Votre demande n’a pas pu être enregistrée, car la conversation a été modifiée au même moment. Veuillez réessayer.",
        "Your request could not be saved because the conversation was changed at the same moment. Please try again.");

    /// <summary>The answer to an invoke delivered again whose first answer this process no longer remembers.</summary>
    public static readonly LocalizedText AlreadyHandled = new(
        "Votre demande a déjà été prise en compte.",
        "Your request was already taken into account.");

    private async Task RunAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var marker = ActivityMarker.For(turnContext.Activity);
        if (marker is not null)
        {
            if (_recent.TryGet(marker, out var remembered))
            {
                AnswerRedelivery(turnContext, remembered, "in memory");
                return;
            }

            turnContext.TurnState[ActivityMarker.TurnStateKey] = marker;
        }

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
                    await SaveAllAsync(turnContext, cancellationToken);
                    await outbox.ReleaseAsync();
                    Remember(marker, turnContext);
                    return;
                }
                catch (ActivityAlreadyHandledException ex)
                {
                    ResetAttempt(turnContext, outbox, initialTurnState);
                    AnswerRedelivery(turnContext, null, ex.Key);
                    Remember(marker, turnContext);
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
                    var pause = Jitter(attempt);
                    if (TurnDeadline.WouldOverrun(pause, _timeProvider))
                    {
                        break;
                    }

                    Interlocked.Increment(ref _retries);
                    await Task.Delay(pause, _timeProvider, cancellationToken);
                }
            }

            Interlocked.Increment(ref _abandonedTurns);
            _logger.LogWarning("Turn of {ConversationId} abandoned after conflicting attempts", LogIds.Conversation(turnContext.Activity.Conversation?.Id));
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

    private void AnswerRedelivery(ITurnContext turnContext, InvokeResponse? remembered, string where)
    {
        _metrics?.Redelivered();
        _logger.LogInformation("Activity {ActivityId} of {ConversationId} delivered again ({Where}): answered without a new turn",
            turnContext.Activity.Id, LogIds.Conversation(turnContext.Activity.Conversation?.Id), where);
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.SetInvokeResponse(remembered ?? InvokeResponses.Message(AlreadyHandled.For(DialogContext.ResolveLanguage(turnContext))));
        }
    }

    private void Remember(string? marker, ITurnContext turnContext)
    {
        if (marker is not null)
        {
            _recent.Remember(marker, turnContext.GetInvokeResponse());
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

    /// <summary>A card's invoke gets the sentence as its answer (Teams shows it); a message gets it as a reply.</summary>
    private static async Task SendTryAgainAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = TryAgain.For(DialogContext.ResolveLanguage(turnContext));
        if (turnContext.Activity.Type == ActivityTypes.Invoke)
        {
            turnContext.SetInvokeResponse(InvokeResponses.Message(text));
            return;
        }

        await turnContext.SendActivityAsync(text, cancellationToken);
    }
}
