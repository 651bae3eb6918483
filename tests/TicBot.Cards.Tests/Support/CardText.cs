using System.Text.Json;
using TicBot.Cards.Model;
using TicBot.Cards.Serialization;

namespace TicBot.Cards.Tests.Support;

/// <summary>Reads a card as the user would: its texts, and the elements of a given type, in order.</summary>
internal static class CardText
{
    public static IReadOnlyList<string> Texts(AdaptiveCard card)
    {
        List<string> texts = [];
        Walk(CardSerializer.ToJsonElement(card), e =>
        {
            foreach (var name in new[] { "text", "title", "value" })
            {
                if (e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
                {
                    texts.Add(p.GetString()!);
                }
            }
        });
        return texts;
    }

    public static string AllText(AdaptiveCard card) => string.Join("\n", Texts(card));

    public static IReadOnlyList<JsonElement> OfType(AdaptiveCard card, string type)
    {
        List<JsonElement> found = [];
        Walk(CardSerializer.ToJsonElement(card), e =>
        {
            if (e.TryGetProperty("type", out var t) && t.ValueEquals(type))
            {
                found.Add(e);
            }
        });
        return found;
    }

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                visit(element);
                foreach (var property in element.EnumerateObject())
                {
                    // The fallback repeats its action for old clients; it is not more content.
                    if (property.Name is not "fallback" and not "data")
                    {
                        Walk(property.Value, visit);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, visit);
                }

                break;
        }
    }
}
