using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.BotKit.Schema;

namespace TicBot.Dialogs.Tests.Conversation;

/// <summary>Builds what Teams sends when a card button is clicked, as recorded in the Teams fixtures.</summary>
internal static class CardActions
{
    /// <summary>The data of a checklist page's Save button merged with its toggles' values.</summary>
    public static JsonElement Save(string checklist, string[] items, string[] ticked, string[]? was, int page = 0)
    {
        var data = new JsonObject
        {
            ["action"] = "checklist.save",
            ["v"] = 1,
            ["checklist"] = checklist,
            ["page"] = page,
            ["items"] = new JsonArray([.. items.Select(i => (JsonNode)JsonValue.Create(i)!)]),
        };
        if (was is not null)
        {
            data["was"] = new JsonArray([.. was.Select(i => (JsonNode)JsonValue.Create(i)!)]);
        }

        foreach (var item in items)
        {
            data["tick." + item] = ticked.Contains(item) ? "true" : "false";
        }

        return JsonSerializer.SerializeToElement(data);
    }

    /// <summary>Action.Submit: a message with no text whose value is the data, replying to the card's message.</summary>
    public static Activity Submit(JsonElement data, string replyToId) => new()
    {
        Type = ActivityTypes.Message,
        Value = data,
        ReplyToId = replyToId,
    };

    /// <summary>Action.Execute: an invoke named adaptiveCard/action.</summary>
    public static Activity Execute(JsonElement data)
    {
        var verb = data.GetProperty("action").GetString();
        var value = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = JsonNode.Parse(data.GetRawText()) },
            ["trigger"] = "manual",
        };
        return new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = JsonSerializer.SerializeToElement(value) };
    }

    /// <summary>
    /// The data of the button of <paramref name="card"/> whose title contains <paramref name="title"/>, as the card
    /// carries it (the project it names included): what a click sends.
    /// </summary>
    public static JsonElement Button(Activity card, string title)
    {
        foreach (var attachment in card.Attachments ?? [])
        {
            if (attachment.Content is { } content && Find(content, title) is { } data)
            {
                return data;
            }
        }

        throw new InvalidOperationException($"No button titled '{title}' in the card.");
    }

    /// <summary>The text with its no-break spaces as plain spaces, so a test reads titles as a person does.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static JsonElement? Find(JsonElement element, string title)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() is "Action.Submit" or "Action.Execute"
                    && element.TryGetProperty("title", out var t) && Plain(t.GetString()!).Contains(Plain(title), StringComparison.Ordinal)
                    && element.TryGetProperty("data", out var data))
                {
                    return data.Clone();
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, title) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, title) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
