using System.Text.Json;
using TicBot.Cards.Model;

namespace TicBot.Cards.Serialization;

/// <summary>Turns cards into the JSON the Bot Connector carries.</summary>
public static class CardSerializer
{
    /// <summary>Teams refuses or cuts larger cards; long content paginates to stay under it.</summary>
    public const int MaxAttachmentBytes = 25 * 1024;

    public static string ToJson(AdaptiveCard card, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(card);
        return indented
            ? JsonSerializer.Serialize(card, Indented.AdaptiveCard)
            : JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard);
    }

    /// <summary>The card as a JSON element, ready for an attachment's <c>content</c>.</summary>
    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, CardJsonContext.Default.AdaptiveCard);
    }

    /// <summary>
    /// The UTF-8 size of the card wrapped in its attachment, as it travels. Non-ASCII characters are counted
    /// escaped (<c>\u00E9</c>, 6 bytes), as System.Text.Json's default encoder writes them: an upper bound.
    /// </summary>
    public static int AttachmentSize(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToUtf8Bytes(new CardAttachment(card), CardJsonContext.Default.CardAttachment).Length;
    }

    private static readonly CardJsonContext Indented = new(new JsonSerializerOptions(CardJsonContext.Default.Options)
    {
        WriteIndented = true,
        // Snapshots stay readable: accents and typographic spaces are written as themselves.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
