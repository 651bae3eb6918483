using System.Collections;
using System.Runtime.CompilerServices;

namespace TicBot.Exports.Dossier.Word;

/// <summary>A table to write: a caption (also its alternative text), header cells, rows.</summary>
/// <param name="Caption">Shown above the table and given to screen readers as the table's title.</param>
/// <param name="Columns">The header row, repeated on every page the table runs over.</param>
/// <param name="Rows">The body rows; each has one cell per column.</param>
internal sealed record WordTable(string Caption, IReadOnlyList<WordColumn> Columns, IReadOnlyList<WordRow> Rows);

/// <summary>A column: its header, its relative width, and whether it holds figures (right-aligned).</summary>
internal sealed record WordColumn(string Header, int Width = 1, bool Figures = false);

/// <summary>A row; <paramref name="Total"/> rows are bold. <c>["a", "b"]</c> makes an ordinary row.</summary>
[CollectionBuilder(typeof(WordRow), nameof(Create))]
internal sealed record WordRow(IReadOnlyList<string> Cells, bool Total = false) : IEnumerable<string>
{
    public static WordRow Create(ReadOnlySpan<string> cells) => new(cells.ToArray());

    public IEnumerator<string> GetEnumerator() => Cells.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
