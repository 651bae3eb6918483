using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>A column of a <see cref="ColumnSet"/>.</summary>
public sealed record Column(IReadOnlyList<AdaptiveElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Id { get; init; }

    /// <summary><c>auto</c>, <c>stretch</c> or a pixel width such as <c>50px</c>; null lets the host decide.</summary>
    public string? Width { get; init; }

    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
    public ContainerStyle? Style { get; init; }
}
