using System.Text.Json;
using System.Text.Json.Nodes;
using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Methodology.Content;

namespace TicBot.Cards.Serialization;

/// <summary>
/// Ties a card to the project it was drawn for, when it is sent: every action of ours (its data names an
/// <c>action</c>) gets the project's id (<see cref="CardActionData.Project"/>) and, for a card shown outside the
/// project's place, the place (<see cref="CardActionData.Place"/>); the project's name heads the card. A click then
/// acts on that project, even after the member switched to another one. Factories stay unaware of it.
/// </summary>
public static class ProjectStamp
{
    /// <summary>Room the stamp may take in a card, kept free by the pager's size budget.</summary>
    public const int MaxBytes = 1024;

    /// <summary>The stamped copy of <paramref name="card"/> (the card's JSON).</summary>
    /// <param name="projectName">Heads the card; null when the card already shows it (the project summary).</param>
    /// <param name="place">The project's place (<c>kind|id</c>); null when the card is shown in that place.</param>
    public static JsonElement Apply(JsonElement card, string projectId, string? projectName, ContentLanguage language, string? place = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectId);
        var root = JsonNode.Parse(card.GetRawText()) as JsonObject ?? throw new ArgumentException("A card is a JSON object.", nameof(card));
        StampActions(root, projectId, place);
        if (projectName is not null && root["body"] is JsonArray body)
        {
            body.Insert(0, new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = Heading(projectName, language),
                ["wrap"] = true,
                ["isSubtle"] = true,
                ["weight"] = "bolder",
            });
        }

        using var document = JsonDocument.Parse(root.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>"Projet « Portail famille »" / "Project “Family portal”".</summary>
    public static string Heading(string projectName, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(projectName);
        var name = Blocks.Clip(projectName);
        return language == ContentLanguage.English ? $"Project “{name}”" : $"Projet «\u00A0{name}\u00A0»";
    }

    private static void StampActions(JsonNode? node, string projectId, string? place)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["data"] is JsonObject data && data["action"] is JsonValue action && action.TryGetValue<string>(out _))
                {
                    data[CardActionData.ProjectField] = projectId;
                    if (place is not null)
                    {
                        data[CardActionData.PlaceField] = place;
                    }
                }

                foreach (var (_, child) in obj.ToList())
                {
                    StampActions(child, projectId, place);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                {
                    StampActions(child, projectId, place);
                }

                break;
        }
    }
}
