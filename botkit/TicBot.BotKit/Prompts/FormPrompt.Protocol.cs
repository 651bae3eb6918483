using System.Buffers;
using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

public sealed partial class FormPrompt
{
    private static bool IsExecute(Activity? activity)
        => activity?.Type == ActivityTypes.Invoke && string.Equals(activity.Name, AdaptiveCardActionName, StringComparison.Ordinal);

    /// <summary>The inputs of a submit: <c>value</c> of a message, <c>value.action.data</c> of an Action.Execute.</summary>
    private static JsonElement? SubmittedData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (!IsExecute(activity))
        {
            return value;
        }

        return value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
               && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : null;
    }

    /// <summary>The Universal Actions answer that replaces the card in place.</summary>
    private static InvokeResponse CardResponse(Attachment card)
        => Response("application/vnd.microsoft.card.adaptive", writer =>
        {
            if (card.Content is { } content)
            {
                content.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }
        });

    private static InvokeResponse MessageResponse(string text)
        => Response("application/vnd.microsoft.activity.message", writer => writer.WriteStringValue(text));

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
