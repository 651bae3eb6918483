namespace TicBot.Cards.Model;

/// <summary>
/// A table (needs 1.5). The first row is the header by default, which screen readers announce as such.
/// </summary>
public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : AdaptiveElement
{
    /// <value>Null means the schema default, true.</value>
    public bool? FirstRowAsHeader { get; init; }
    public bool? ShowGridLines { get; init; }
    public ContainerStyle? GridStyle { get; init; }
}
