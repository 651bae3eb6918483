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
}
