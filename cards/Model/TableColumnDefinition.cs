using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>A column of a <see cref="Table"/>; <see cref="Width"/> is a relative weight.</summary>
public sealed record TableColumnDefinition(int Width)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableColumnDefinition";

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }
}
