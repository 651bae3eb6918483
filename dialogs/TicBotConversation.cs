using System.Text.Json;
using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.State;
using TicBot.Cards.Actions;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Menu;

namespace TicBot.Dialogs;

/// <summary>
/// The conversation as the bot's activity handlers see it: typed text, and the answers of the questions' cards, go to
/// the member's dialog; the other card buttons (Action.Submit messages and Action.Execute invokes) to
/// <see cref="CardActionService"/>.
/// </summary>
public sealed class TicBotConversation(
    MainDialog mainDialog,
    CardActionService cardActions,
    IStatePropertyAccessor<DialogState> dialogState,
    GroupDialogMigration groupMigration,
    ILogger<TicBotConversation> logger)
{
    /// <summary>A message: text for the dialogs, or the submit of one of our cards.</summary>
    public async Task OnMessageAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (!string.IsNullOrWhiteSpace(activity.Text) || activity.Value is not { } value || !IsCardAction(value))
        {
            await RunDialogAsync(turnContext, language, cancellationToken);
            return;
        }

        var decoded = CardActionData.TryDecode(value);
        if (AnswersAQuestion(turnContext, decoded))
        {
            await RunDialogAsync(turnContext, language, cancellationToken);
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
    }

    /// <summary>
    /// An Action.Execute (invoke <c>adaptiveCard/action</c>): answered with the refreshed card when there is one. An
    /// automatic refresh (a member viewing the card) is answered with the card only, never with messages in the chat.
    /// </summary>
    public async Task OnCardInvokeAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var value = turnContext.Activity.Value;
        var decoded = value is { } v ? CardActionData.TryDecode(v) : CardActionData.TryDecode(default);
        if (AnswersAQuestion(turnContext, decoded))
        {
            // A form answered with Action.Execute: its question reads it (and answers the invoke).
            await RunDialogAsync(turnContext, language, cancellationToken);
            if (turnContext.GetInvokeResponse() is null)
            {
                turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(DialogTexts.ShownBelow.For(language)));
            }

            return;
        }

        if (!decoded.Succeeded)
        {
            logger.LogInformation("Card action refused in {ConversationId}: {Reason}", LogIds.Conversation(turnContext.Activity.Conversation?.Id), decoded.Detail);
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(decoded.UserMessage(language.ToContent())));
            return;
        }

        var refresh = turnContext.Activity.IsAutomaticRefresh();
        if (refresh && decoded.Data is not (ChecklistShowData or ProjectSummaryData))
        {
            // A member viewing a card only ever asks to see it again: nothing else is done on their behalf.
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(DialogTexts.ShownBelow.For(language)));
            return;
        }

        var reply = await cardActions.HandleAsync(turnContext, decoded.Data, language, cancellationToken);
        if (reply.Card is not null && (reply.ReplacesCard || refresh))
        {
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(reply.Card));
            return;
        }

        if (refresh)
        {
            // Nothing to refresh the card with: leave it as it is, and say nothing in the chat.
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(reply.Text ?? DialogTexts.ShownBelow.For(language)));
            return;
        }

        if (reply.Begin is { } pending)
        {
            turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(DialogTexts.ShownBelow.For(language)));
            await BeginMainAsync(turnContext, pending, language, cancellationToken);
            return;
        }

        turnContext.SetInvokeResponse(CardMessages.ToInvokeResponse(reply.Text ?? DialogTexts.ShownBelow.For(language)));
        await DeliverAsync(turnContext, reply with { Text = null }, language, cancellationToken);
    }

    private async Task RunDialogAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken)
    {
        await groupMigration.BeforeDialogAsync(turnContext, language, cancellationToken);
        await mainDialog.RunAsync(turnContext, dialogState, cancellationToken);
    }

    private async Task DeliverAsync(ITurnContext turnContext, CardActionReply reply, UserLanguage language, CancellationToken cancellationToken)
    {
        if (reply.Begin is { } pending)
        {
            await BeginMainAsync(turnContext, pending, language, cancellationToken);
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

    /// <summary>Starts the main dialog on an intent that asks questions first, replacing whatever the member was asked before.</summary>
    private async Task BeginMainAsync(ITurnContext turnContext, PendingIntent pending, UserLanguage language, CancellationToken cancellationToken)
    {
        await groupMigration.BeforeDialogAsync(turnContext, language, cancellationToken);
        var dialogs = new DialogSet(dialogState).Add(mainDialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        await dc.CancelAllDialogsAsync(cancellationToken);
        await dc.BeginDialogAsync(MainDialog.DialogId, pending, TicBotDialogsJsonContext.Default.PendingIntent, cancellationToken);
    }

    /// <summary>
    /// The answer of a question's card (its buttons, its input, a form): it carries the question's id, or is a
    /// choice of a card posted before questions had one (the question then checks it).
    /// </summary>
    private static bool AnswersAQuestion(ITurnContext turnContext, CardActionDecodeResult decoded)
        => QuestionStamp.Of(turnContext.Activity) is not null || decoded.Data is PromptChoiceData or QuestionAnswerData;

    /// <summary>Our cards' data always names an action; anything else (a form of a question) belongs to the dialogs.</summary>
    private static bool IsCardAction(JsonElement value)
        => value.ValueKind == JsonValueKind.Object
           && value.TryGetProperty("action", out var action)
           && action.ValueKind == JsonValueKind.String;
}
