namespace TicBot.Exports.Dossier.Word;

/// <summary>A table to write: a caption (also its alternative text), header cells, rows.</summary>
/// <param name="Caption">Shown above the table and given to screen readers as the table's title.</param>
/// <param name="Columns">The header row, repeated on every page the table runs over.</param>
/// <param name="Rows">The body rows; each has one cell per column.</param>
internal sealed record WordTable(string Caption, IReadOnlyList<WordColumn> Columns, IReadOnlyList<WordRow> Rows);

