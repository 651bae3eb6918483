using System.Buffers;
using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>The Universal Actions answers to an <c>adaptiveCard/action</c> invoke (status 200, a typed value).</summary>
public static class InvokeResponses
{
    /// <summary>The content type of an answer that replaces the card in place.</summary>
    public const string CardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The content type of an answer that shows a short message and leaves the card as it is.</summary>
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Replaces the card with <paramref name="card"/> (the card's JSON).</summary>
    public static InvokeResponse Card(JsonElement? card) => Response(CardType, writer =>
    {
        if (card is { } content)
        {
            content.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    });

    /// <summary>Shows <paramref name="text"/> to the user and leaves the card as it is.</summary>
    public static InvokeResponse Message(string text) => Response(MessageType, writer => writer.WriteStringValue(text));

    private static InvokeResponse Response(string type, Action<Utf8JsonWriter> writeValue)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", 200);
            writer.WriteString("type", type);
            writer.WritePropertyName("value");
            writeValue(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new InvokeResponse { Status = 200, Body = document.RootElement.Clone() };
    }
}
