using System.Globalization;
using System.Text.Json.Nodes;
using TicBot.TestSupport;

namespace TicBot.Benchmarks;

/// <summary>
/// Teams-shaped personal-chat activities from the recorded payloads, in French, each conversation with its own
/// conversation and user ids.
/// </summary>
/// <param name="toggle">False: every save ticks the same item, as a user re-saving an unchanged page (no project
/// change after the first). True: saves alternately tick and untick it, so each one changes the project.</param>
internal sealed class TurnPayloads(string serviceUrl, bool toggle)
{
    private static readonly string[] Requests = ["étapes clés", "sécurité", "résumé", "menu"];
    private readonly TeamsFixture _message = TeamsFixtures.Load("03-personal-message-hello.json");
    private readonly TeamsFixture _invoke = TeamsFixtures.Load("10-invoke-adaptiveCard-action.json");
    private readonly Dictionary<int, string> _projects = [];

    /// <summary>The user of conversation <paramref name="conversation"/> (its personal place).</summary>
    public static string UserId(int conversation) => $"29:bench-user-{conversation.ToString("D3", CultureInfo.InvariantCulture)}";

    /// <summary>Records the project a conversation created: its cards' buttons name it, as real cards do.</summary>
    public void KnowProject(int conversation, string projectId) => _projects[conversation] = projectId;

    /// <summary>Steady-state turn <paramref name="turn"/>: typed requests in turn, alternating with a checklist save.</summary>
    public (TurnKind Kind, string Json) SteadyTurn(int conversation, int turn)
        => turn % 2 == 1
            ? (TurnKind.Invoke, ChecklistSave(conversation, turn))
            : (TurnKind.Typed, Says(conversation, turn, Requests[turn / 2 % Requests.Length]));

    public string Says(int conversation, int turn, string text) => _message.BodyWith(serviceUrl, a =>
    {
        Personalize(a, conversation, turn);
        a["text"] = text;
    });

    private string ChecklistSave(int conversation, int turn) => _invoke.BodyWith(serviceUrl, a =>
    {
        const string Item = "keystep.user-involvement";
        var untick = toggle && turn / 2 % 2 == 1;
        Personalize(a, conversation, turn);
        a["replyToId"] = $"card-{conversation}";
        a["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "checklist.save",
                ["data"] = new JsonObject
                {
                    ["action"] = "checklist.save",
                    ["v"] = 1,
                    ["checklist"] = "checklist.keysteps",
                    ["page"] = 0,
                    ["items"] = new JsonArray(Item),
                    ["was"] = untick ? new JsonArray(Item) : new JsonArray(),
                    ["tick." + Item] = untick ? "false" : "true",
                    ["p"] = _projects.GetValueOrDefault(conversation),
                },
            },
            ["trigger"] = "manual",
        };
    });

    private static void Personalize(JsonObject activity, int conversation, int turn)
    {
        var c = conversation.ToString("D3", CultureInfo.InvariantCulture);
        activity["id"] = $"bench-{c}-{turn.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
        activity["locale"] = "fr-FR";
        activity["conversation"]!["id"] = $"a:bench-personal-{c}";
        activity["from"]!["id"] = UserId(conversation);
        activity["from"]!["aadObjectId"] = $"00000000-0000-0000-0000-000000000{c}";
        foreach (var entity in activity["entities"]?.AsArray() ?? [])
        {
            if (entity?["type"]?.GetValue<string>() == "clientInfo")
            {
                entity["locale"] = "fr-FR";
                entity["country"] = "FR";
            }
        }
    }
}
