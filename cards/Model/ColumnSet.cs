namespace TicBot.Cards.Model;

/// <summary>Columns side by side; screen readers read them left to right, so keep that the reading order.</summary>
public sealed record ColumnSet(IReadOnlyList<Column> Columns) : AdaptiveElement;
