using TicBot.Cards.Model;
using TicBot.Cards.Serialization;

namespace TicBot.Cards.Factories;

/// <summary>
/// Cuts a list into pages that each fit in a card: at most <c>maxPerPage</c> entries, and fewer when the
/// card built for a page would exceed the size budget. The probe card is built as the fullest page would
/// be (navigation buttons included), so the real page is never larger.
/// </summary>
internal static class CardPager
{
    /// <summary>Below Teams’ 25 KB, leaving room for the activity around the attachment and the project stamp.</summary>
    public const int BudgetBytes = CardSerializer.MaxAttachmentBytes - 1024 - ProjectStamp.MaxBytes;

    public static IReadOnlyList<Range> Pages(int count, int maxPerPage, Func<Range, AdaptiveCard> probe)
    {
        List<Range> pages = [];
        var start = 0;
        while (start < count)
        {
            var first = start;
            bool Fits(int take) => CardSerializer.AttachmentSize(probe(new Range(first, first + take))) <= BudgetBytes;
            var most = Math.Min(maxPerPage, count - start);
            var take = most;
            if (!Fits(most))
            {
                // The size grows with the entries taken: search the largest page that fits (at least one entry).
                var (low, high) = (1, most - 1);
                while (low < high)
                {
                    var middle = (low + high + 1) / 2;
                    (low, high) = Fits(middle) ? (middle, high) : (low, middle - 1);
                }

                take = low;
            }

            pages.Add(new Range(start, start + take));
            start += take;
        }

        if (pages.Count == 0)
        {
            pages.Add(new Range(0, 0));
        }

        return pages;
    }

    /// <summary>The page index asked for, brought back into range (a stale card may ask for a page gone since).</summary>
    public static int Clamp(int page, int pageCount) => Math.Clamp(page, 0, pageCount - 1);
}
