using System.Text.Json.Nodes;

namespace TicBot.Bot.Tests.Checklists;

/// <summary>Changes applied to the recorded Teams payloads: who speaks, in which thread, what they click.</summary>
internal static class TeamsPayloads
{
    public static Action<JsonObject> Says(string text, string? locale = "fr-FR") => a =>
    {
        a["text"] = text;
        a["id"] = Guid.NewGuid().ToString();
        if (locale is not null)
        {
            a["locale"] = locale;
        }
    };

    /// <summary>The recorded channel post, as another member in another thread of the same team.</summary>
    public static Action<JsonObject> InThread(string postId, string userId, Action<JsonObject>? then = null) => a =>
    {
        a["conversation"]!["id"] = "team-id;messageid=" + postId;
        a["from"] = new JsonObject { ["id"] = userId, ["name"] = userId };
        then?.Invoke(a);
    };

    /// <summary>The recorded Action.Execute invoke, carrying a checklist page's save.</summary>
    public static Action<JsonObject> ExecuteSave(string checklist, string[] items, string[] ticked) => a =>
    {
        a["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "checklist.save", ["data"] = SaveData(checklist, items, ticked) },
            ["trigger"] = "manual",
        };
    };

    /// <summary>The recorded Action.Submit message, carrying a checklist page's save (the fallback of older clients).</summary>
    public static Action<JsonObject> SubmitSave(string checklist, string[] items, string[] ticked, string replyToId) => a =>
    {
        a["value"] = SaveData(checklist, items, ticked);
        a["replyToId"] = replyToId;
        a["locale"] = "fr-FR";
    };

    /// <summary>Turns the recorded channel post into an invoke of the same thread (Teams sends both kinds there).</summary>
    public static Action<JsonObject> AsInvoke(Action<JsonObject> then) => a =>
    {
        a["type"] = "invoke";
        a["name"] = "adaptiveCard/action";
        a.Remove("text");
        a.Remove("entities");
        then(a);
    };

    private static JsonObject SaveData(string checklist, string[] items, string[] ticked)
    {
        var data = new JsonObject
        {
            ["action"] = "checklist.save",
            ["v"] = 1,
            ["checklist"] = checklist,
            ["page"] = 0,
            ["items"] = new JsonArray([.. items.Select(i => (JsonNode)JsonValue.Create(i)!)]),
            ["was"] = new JsonArray(),
        };
        foreach (var item in items)
        {
            data["tick." + item] = ticked.Contains(item) ? "true" : "false";
        }

        return data;
    }
}
