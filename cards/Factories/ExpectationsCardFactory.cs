using System.Globalization;
using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The expectations gathered ("bien cerner les attentes"), ranked: a table of rank, expectation and
/// source, cut into pages that fit 25 KB.
/// </summary>
public static class ExpectationsCardFactory
{
    /// <summary>Expectations per page at most.</summary>
    public const int MaxPerPage = 15;

    public static int PageCount(ExpectationsView expectations, ContentLanguage language) => Pages(expectations, language).Count;

    /// <param name="page">From 0; out-of-range values show the nearest page.</param>
    public static AdaptiveCard Create(ExpectationsView expectations, int page, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(expectations);
        var pages = Pages(expectations, language);
        page = CardPager.Clamp(page, pages.Count);
        return Build(expectations, pages[page], page, pages.Count, language);
    }

    private static IReadOnlyList<Range> Pages(ExpectationsView expectations, ContentLanguage language)
        => CardPager.Pages(expectations.Expectations.Count, MaxPerPage, range => Build(expectations, range, 1, 3, language));

    private static AdaptiveCard Build(ExpectationsView view, Range range, int page, int pageCount, ContentLanguage language)
    {
        var title = T(language, $"Attentes recueillies — {Clip(view.ProjectName)}", $"Expectations gathered — {Clip(view.ProjectName)}");
        var count = view.Expectations.Count;
        List<AdaptiveElement> body =
        [
            Heading(title),
            Paragraph(T(language,
                $"{Count(language, count, "attente", "attentes", "", "")}, par ordre d’importance (1 = la plus importante).",
                $"{Count(language, count, "", "", "expectation", "expectations")}, most important first (1 = the most important).")),
        ];
        if (pageCount > 1)
        {
            body.Add(Subtle(T(language, $"Page {page + 1} sur {pageCount}", $"Page {page + 1} of {pageCount}")));
        }

        var (offset, length) = range.GetOffsetAndLength(count);
        if (length > 0)
        {
            static TableCell Cell(string text, bool bold = false) => new([new TextBlock(text) { Wrap = true, Weight = bold ? TextWeight.Bolder : null }]);
            List<TableRow> rows = [new([Cell(T(language, "Rang", "Rank"), true), Cell(T(language, "Attente", "Expectation"), true), Cell("Source", true)])];
            rows.AddRange(view.Expectations.Skip(offset).Take(length).Select(e =>
                new TableRow([Cell(e.Rank.ToString(CultureInfo.InvariantCulture)), Cell(e.Text), Cell(e.Source)])));
            body.Add(new Table([new TableColumnDefinition(1), new TableColumnDefinition(6), new TableColumnDefinition(3)], rows));
        }
        else
        {
            body.Add(Paragraph(T(language, "Aucune attente n’est encore recueillie.", "No expectation has been gathered yet.")));
        }

        List<AdaptiveAction> actions = [];
        if (page > 0)
        {
            actions.Add(new SubmitAction(T(language, "Page précédente", "Previous page")) { Data = new ExpectationsShowData(page - 1) });
        }

        if (page < pageCount - 1)
        {
            actions.Add(new SubmitAction(T(language, "Page suivante", "Next page")) { Data = new ExpectationsShowData(page + 1) });
        }

        actions.Add(MenuButton(language));
        return Card(language, title, body, actions);
    }
}
