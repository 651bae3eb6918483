using System.Text.Json;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Logging;
using TicBot.BotKit.State;
using TicBot.Cards.Actions;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Menu;

namespace TicBot.Dialogs;

/// <summary>
/// The conversation as the bot's activity handlers see it: typed text goes to the main dialog, card buttons
/// (Action.Submit messages and Action.Execute invokes) to <see cref="CardActionService"/>.
/// </summary>
public sealed class TicBotConversation(
    MainDialog mainDialog,
    CardActionService cardActions,
    IStatePropertyAccessor<DialogState> dialogState,
    ILogger<TicBotConversation> logger)
{
    /// <summary>A message: text for the dialogs, or the submit of one of our cards.</summary>
    public async Task OnMessageAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { } value && IsCardAction(value))
        {
            var decoded = CardActionData.TryDecode(value);
            if (decoded.Data is PromptChoiceData)
            {
                // A button of the question being asked: the question's prompt reads it like a typed answer.
                await mainDialog.RunAsync(turnContext, dialogState, cancellationToken);
                return;
            }

            if (!decoded.Succeeded)
            {
                logger.LogInformation("Card submit refused in {ConversationId}: {Reason}", LogIds.Conversation(activity.Conversation?.Id), decoded.Detail);
                await turnContext.SendActivityAsync(decoded.UserMessage(language.ToContent()), cancellationToken);
                return;
            }

            var reply = await cardActions.HandleAsync(turnContext, decoded.Data, language, cancellationToken);
            await DeliverAsync(turnContext, reply, language, cancellationToken);
            return;
        }

        await mainDialog.RunAsync(turnContext, dialogState, cancellationToken);
    }

    /// <summary>An Action.Execute (invoke <c>adaptiveCard/action</c>): answers with the refreshed card when there is one.</summary>
    public async Task OnCardInvokeAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var decoded = turnContext.Activity.Value is { } value
            ? CardActionData.TryDecode(value)
            : CardActionData.TryDecode(default);
        if (!decoded.Succeeded)
        {
            logger.LogInformation("Card action refused in {ConversationId}: {Reason}", LogIds.Conversation(turnContext.Activity.Conversation?.Id), decoded.Detail);
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(decoded.UserMessage(language.ToContent())));
            return;
        }

        var reply = await cardActions.HandleAsync(turnContext, decoded.Data, language, cancellationToken);
        if (reply.Card is not null && reply.ReplacesCard)
        {
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(reply.Card));
            return;
        }

        if (reply.NeedsProject is { } pending)
        {
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(DialogTexts.CreateProjectFirst.For(language)));
            await BeginMainAsync(turnContext, pending, cancellationToken);
            return;
        }

        turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(reply.Text ?? DialogTexts.ShownBelow.For(language)));
        await DeliverAsync(turnContext, reply with { Text = null }, language, cancellationToken);
    }

    private async Task DeliverAsync(ITurnContext turnContext, CardActionReply reply, UserLanguage language, CancellationToken cancellationToken)
    {
        if (reply.NeedsProject is { } pending)
        {
            await turnContext.SendActivityAsync(DialogTexts.CreateProjectFirst.For(language), cancellationToken);
            await BeginMainAsync(turnContext, pending, cancellationToken);
            return;
        }

        if (reply.Text is { Length: > 0 } text)
        {
            await turnContext.SendActivityAsync(text, cancellationToken);
        }

        if (reply.Card is null)
        {
            return;
        }

        var message = CardMessages.ToMessage(reply.Card);
        if (reply.ReplacesCard && turnContext.Activity.ReplyToId is { Length: > 0 } original)
        {
            message.Id = original;
            try
            {
                await turnContext.UpdateActivityAsync(message, cancellationToken);
                return;
            }
            catch (ConnectorException ex)
            {
                // Some clients cannot update a message (Agents Playground answers 501): show the card anew.
                logger.LogInformation("Updating card {ActivityId} failed with {Status}; sending it anew", original, ex.StatusCode);
                message.Id = null;
            }
        }

        await turnContext.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>Starts the main dialog on an intent that needs the place's project, replacing whatever was asked before.</summary>
    private async Task BeginMainAsync(ITurnContext turnContext, PendingIntent pending, CancellationToken cancellationToken)
    {
        var dialogs = new DialogSet(dialogState).Add(mainDialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(MainDialog.DialogId, pending, TicBotDialogsJsonContext.Default.PendingIntent, cancellationToken);
    }

    /// <summary>Our cards' data always names an action; anything else (a choice card of a prompt) belongs to the dialogs.</summary>
    private static bool IsCardAction(JsonElement value)
        => value.ValueKind == JsonValueKind.Object
           && value.TryGetProperty("action", out var action)
           && action.ValueKind == JsonValueKind.String;
}
