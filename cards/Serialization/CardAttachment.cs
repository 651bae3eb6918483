using TicBot.Cards.Model;

namespace TicBot.Cards.Serialization;

/// <summary>A card as a message attachment, the unit Teams' size limit applies to.</summary>
public sealed record CardAttachment(AdaptiveCard Content)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string ContentType => AdaptiveCardContentType;
}
