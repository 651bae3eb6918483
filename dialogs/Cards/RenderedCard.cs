using System.Text.Json;
using TicBot.BotKit.Localization;
using TicBot.Cards.Model;
using TicBot.Cards.Serialization;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Cards;

/// <summary>A card ready for the wire: its JSON (stamped with its project when it is a project's card) and its fallback text.</summary>
public sealed record RenderedCard(JsonElement Content, string? FallbackText)
{
    /// <summary>A card that belongs to no project (the menu, the help, a question).</summary>
    public static RenderedCard From(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new RenderedCard(CardSerializer.ToJsonElement(card), card.FallbackText);
    }

    /// <summary>
    /// A project's card: its buttons name the project (and its place when shown elsewhere, see
    /// <see cref="TicBot.Cards.Serialization.ProjectStamp"/>), and the project's name heads it unless it already shows it.
    /// </summary>
    /// <param name="here">The place of the conversation the card is shown in.</param>
    public static RenderedCard ForProject(AdaptiveCard card, Project project, ProjectPlace place, ProjectPlace? here, UserLanguage language, bool withHeading = true)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(place);
        var content = ProjectStamp.Apply(
            CardSerializer.ToJsonElement(card),
            project.Id,
            withHeading ? project.Name : null,
            language.ToContent(),
            place == here ? null : place.Reference);
        return new RenderedCard(content, card.FallbackText);
    }
}
