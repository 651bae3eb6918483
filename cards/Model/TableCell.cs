using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>A cell of a <see cref="TableRow"/>.</summary>
public sealed record TableCell(IReadOnlyList<AdaptiveElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public ContainerStyle? Style { get; init; }
}
