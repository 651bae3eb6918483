using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// The identity of a question asked with buttons or a form: a short random id kept in the prompt's state and
/// written into the <c>data</c> of every <c>Action.Submit</c> and <c>Action.Execute</c> of the cards that ask it,
/// under <see cref="Key"/>. An answer carrying another id (an older question's buttons, or a question asked to
/// another member) is refused: a card's data is held by the client, so it is never trusted to say which question
/// it answers.
/// </summary>
public static class QuestionStamp
{
    /// <summary>The field of a card action's data that carries the question's id.</summary>
    public const string Key = "q";

    private const int IdBytes = 6;

    /// <summary>A new question id: 8 URL-safe characters (48 random bits).</summary>
    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[IdBytes];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Writes <paramref name="questionId"/> into every submit and execute action of the attachment's card.</summary>
    public static Attachment Apply(Attachment attachment, string questionId)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentException.ThrowIfNullOrEmpty(questionId);
        if (attachment.ContentType != Attachment.AdaptiveCardContentType || attachment.Content is not { ValueKind: JsonValueKind.Object } content)
        {
            return attachment;
        }

        var card = JsonNode.Parse(content.GetRawText())!;
        Stamp(card, questionId);
        using var stamped = JsonDocument.Parse(card.ToJsonString());
        attachment.Content = stamped.RootElement.Clone();
        return attachment;
    }

    /// <summary>
    /// The question id an activity answers: from a card submit (<c>value.q</c>) or an <c>Action.Execute</c> invoke
    /// (<c>value.action.data.q</c>). <value>Null for typed text and for card data without one.</value>
    /// </summary>
    public static string? Of(Activity activity) => CardData(activity) is { } data
        && data.TryGetProperty(Key, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    /// <summary>
    /// The question id stamped in the cards an outgoing activity carries (the first found).
    /// <value>Null when its cards ask no question.</value>
    /// </summary>
    public static string? Asked(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { ValueKind: JsonValueKind.Object } content && FindStamp(content) is { } id)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>A copy of a card's data without the question's id: what the user entered, as the caller expects it.</summary>
    public static JsonElement Without(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(Key, out _))
        {
            return data.Clone();
        }

        var copy = JsonNode.Parse(data.GetRawText())!.AsObject();
        copy.Remove(Key);
        using var document = JsonDocument.Parse(copy.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>True when the activity is the answer of a card (a submit without text, or an Action.Execute).</summary>
    public static bool IsCardAnswer(Activity activity) => CardData(activity) is not null;

    /// <summary>The data of a card submit or Action.Execute; null for anything else.</summary>
    internal static JsonElement? CardData(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        if (activity.Type == ActivityTypes.Message)
        {
            return string.IsNullOrWhiteSpace(activity.Text) ? value : null;
        }

        return activity.Type == ActivityTypes.Invoke
               && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
               && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data
            : null;
    }

    private static string? FindStamp(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty(Key, out var id) && id.ValueKind == JsonValueKind.String)
                {
                    return id.GetString();
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindStamp(property.Value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindStamp(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static void Stamp(JsonNode? node, string questionId)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name is "Action.Submit" or "Action.Execute")
                {
                    if (obj["data"] is not JsonObject data)
                    {
                        data = [];
                        obj["data"] = data;
                    }

                    data[Key] = questionId;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Stamp(child, questionId);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    Stamp(child, questionId);
                }

                break;
        }
    }
}
