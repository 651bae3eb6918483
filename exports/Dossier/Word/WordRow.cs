using System.Collections;
using System.Runtime.CompilerServices;

namespace TicBot.Exports.Dossier.Word;

/// <summary>A row; <paramref name="Total"/> rows are bold. <c>["a", "b"]</c> makes an ordinary row.</summary>
[CollectionBuilder(typeof(WordRow), nameof(Create))]
internal sealed record WordRow(IReadOnlyList<string> Cells, bool Total = false) : IEnumerable<string>
{
    public static WordRow Create(ReadOnlySpan<string> cells) => new(cells.ToArray());

    public IEnumerator<string> GetEnumerator() => Cells.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
