using System.Buffers;
using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>The Universal Actions answers of an <c>adaptiveCard/action</c> invoke (HTTP 200, the outcome in the body).</summary>
public static class InvokeResponses
{
    /// <summary>A message Teams shows under the card: <c>application/vnd.microsoft.activity.message</c>.</summary>
    public static InvokeResponse Message(string text)
        => Create(200, "application/vnd.microsoft.activity.message", writer => writer.WriteStringValue(text));

    /// <summary>A card replacing the clicked one: <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public static InvokeResponse Card(JsonElement? card)
        => Create(200, "application/vnd.microsoft.card.adaptive", writer =>
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

    /// <summary>An error Teams shows on the card: <c>application/vnd.microsoft.error</c> with <c>{code, message}</c>.</summary>
    public static InvokeResponse Error(string code, string message)
        => Create(500, "application/vnd.microsoft.error", writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        });

    private static InvokeResponse Create(int statusCode, string type, Action<Utf8JsonWriter> writeValue)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("statusCode", statusCode);
            writer.WriteString("type", type);
            writer.WritePropertyName("value");
            writeValue(writer);
            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return new InvokeResponse { Status = 200, Body = document.RootElement.Clone() };
    }
}
