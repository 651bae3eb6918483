using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public ContainerStyle? Style { get; init; }
}
