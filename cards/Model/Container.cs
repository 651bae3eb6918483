namespace TicBot.Cards.Model;

/// <summary>Groups elements; its style is decoration only, never the meaning.</summary>
public sealed record Container(IReadOnlyList<AdaptiveElement> Items) : AdaptiveElement
{
    public ContainerStyle? Style { get; init; }
}
