using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.Cards.Model;

namespace TicBot.Dialogs.Cards;

/// <summary>Puts cards on the wire: as a message attachment, or as the answer to an Action.Execute invoke.</summary>
public static class CardMessages
{
    public static Attachment ToAttachment(AdaptiveCard card) => ToAttachment(RenderedCard.From(card));

    public static Attachment ToAttachment(RenderedCard card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = (card ?? throw new ArgumentNullException(nameof(card))).Content,
    };

    /// <summary>A message carrying the card (and the card's fallback text as summary for notifications).</summary>
    public static Activity ToMessage(AdaptiveCard card) => ToMessage(RenderedCard.From(card));

    /// <inheritdoc cref="ToMessage(AdaptiveCard)"/>
    public static Activity ToMessage(RenderedCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var message = ActivityExtensions.CreateMessage();
        message.Summary = card.FallbackText;
        message.Attachments = [ToAttachment(card)];
        return message;
    }

    /// <summary>The invoke response that refreshes the card in place.</summary>
    public static InvokeResponse ToInvokeResponse(RenderedCard card) => InvokeResponses.Card((card ?? throw new ArgumentNullException(nameof(card))).Content);

    /// <summary>The invoke response that answers with a short message and leaves the card as it is.</summary>
    public static InvokeResponse ToInvokeResponse(string text) => InvokeResponses.Message(text);
}
