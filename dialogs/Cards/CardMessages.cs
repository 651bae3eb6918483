using System.Text.Json;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Schema;
using TicBot.Cards.Model;
using TicBot.Cards.Serialization;

namespace TicBot.Dialogs.Cards;

/// <summary>Puts cards on the wire: as a message attachment, or as the answer to an Action.Execute invoke.</summary>
public static class CardMessages
{
    /// <summary>The invoke answer type that replaces the card in place.</summary>
    public const string InvokeCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The invoke answer type that shows a short message and leaves the card as it is.</summary>
    public const string InvokeMessageType = "application/vnd.microsoft.activity.message";

    public static Attachment ToAttachment(AdaptiveCard card) => new()
    {
        ContentType = Attachment.AdaptiveCardContentType,
        Content = CardSerializer.ToJsonElement(card),
    };

    /// <summary>A message carrying the card (and the card's fallback text as summary for notifications).</summary>
    public static Activity ToMessage(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var message = ActivityExtensions.CreateMessage();
        message.Summary = card.FallbackText;
        message.Attachments = [ToAttachment(card)];
        return message;
    }

    /// <summary>The invoke response that refreshes the card in place.</summary>
    public static InvokeResponse ToInvokeResponse(AdaptiveCard card)
        => Invoke(InvokeCardType, CardSerializer.ToJsonElement(card));

    /// <summary>The invoke response that answers with a short message.</summary>
    public static InvokeResponse ToInvokeResponse(string text)
        => Invoke(InvokeMessageType, JsonSerializer.SerializeToElement(text, TicBotDialogsJsonContext.Default.String));

    private static InvokeResponse Invoke(string type, JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", 200);
            writer.WriteString("type", type);
            writer.WritePropertyName("value");
            value.WriteTo(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return new InvokeResponse { Status = 200, Body = document.RootElement.Clone() };
    }
}
