using System.Globalization;
using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// A checklist page: one check box per item, each item's "why" one click away (no round trip), the
/// progress ("7/12"), and Save / previous / next buttons that use Action.Execute with an Action.Submit
/// fallback, so the card is updated in place. Long checklists are cut into pages that fit 25 KB.
/// </summary>
public static class ChecklistCardFactory
{
    /// <summary>Items per page at most; fewer when long texts would make the card too big.</summary>
    public const int MaxItemsPerPage = 8;

    /// <summary>The number of pages the checklist needs.</summary>
    /// <param name="refreshUserIds">The same users as given to <see cref="Create"/>: they take room in the card.</param>
    public static int PageCount(ChecklistView checklist, ContentLanguage language, IReadOnlyList<string>? refreshUserIds = null)
        => Pages(checklist, language, refreshUserIds).Count;

    /// <summary>Builds one page of the checklist.</summary>
    /// <param name="page">From 0; out-of-range values show the nearest page.</param>
    /// <param name="saved">True to confirm, on the card, that the ticks were just saved.</param>
    /// <param name="refreshUserIds">Users whose Teams client fetches an up-to-date card when shown (at most
    /// <see cref="Validation.CardValidator.MaxRefreshUsers"/>; Teams ignores the list beyond); null for none.</param>
    public static AdaptiveCard Create(ChecklistView checklist, int page, ContentLanguage language, bool saved = false, IReadOnlyList<string>? refreshUserIds = null)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var pages = Pages(checklist, language, refreshUserIds);
        page = CardPager.Clamp(page, pages.Count);
        return Build(checklist, pages[page], page, pages.Count, language, saved, refreshUserIds);
    }

    private static IReadOnlyList<Range> Pages(ChecklistView checklist, ContentLanguage language, IReadOnlyList<string>? refreshUserIds)
        => CardPager.Pages(checklist.Items.Count, MaxItemsPerPage, range => Build(checklist, range, 1, 3, language, true, refreshUserIds));

    private static AdaptiveCard Build(ChecklistView checklist, Range range, int page, int pageCount, ContentLanguage language, bool saved, IReadOnlyList<string>? refreshUserIds)
    {
        var total = checklist.Items.Count;
        var progress = AdditionText.Progress(checklist.Progress, language);
        List<AdaptiveElement> body =
        [
            Heading(checklist.Title),
            Subtle(checklist.Why),
            new TextBlock(T(language, $"Progression : {progress}", $"Progress: {progress}")) { Weight = TextWeight.Bolder, Wrap = true },
        ];
        if (pageCount > 1)
        {
            body.Add(Subtle(T(language,
                $"Page {page + 1} sur {pageCount}. Changer de page enregistre aussi vos coches.",
                $"Page {page + 1} of {pageCount}. Changing page also saves your ticks.")));
        }

        if (saved)
        {
            body.Add(new TextBlock(T(language, "Enregistré : vos coches sont à jour.", "Saved: your ticks are up to date.")) { Color = TextColor.Good, Wrap = true });
        }

        var (offset, length) = range.GetOffsetAndLength(total);
        var shown = checklist.Items.Skip(offset).Take(length).ToList();
        if (shown.Any(item => item.IsAddition || item.AdditionNote is not null))
        {
            body.Add(AdditionText.Legend(language));
        }

        for (var i = 0; i < shown.Count; i++)
        {
            body.Add(Item(shown[i], offset + i + 1, total, language));
        }

        var ids = shown.Select(item => item.Id).ToList();
        var was = shown.Where(item => item.Ticked).Select(item => item.Id).ToList();
        ChecklistSaveData Save(int? target) => new(checklist.Id, page, ids) { Goto = target, Was = was };
        List<AdaptiveAction> actions = [ExecuteAction.WithSubmitFallback(T(language, "Enregistrer", "Save"), Save(null), ActionStyle.Positive)];
        if (page > 0)
        {
            actions.Add(ExecuteAction.WithSubmitFallback(T(language, "Page précédente", "Previous page"), Save(page - 1)));
        }

        if (page < pageCount - 1)
        {
            actions.Add(ExecuteAction.WithSubmitFallback(T(language, "Page suivante", "Next page"), Save(page + 1)));
        }

        actions.Add(MenuButton(language));
        var card = Card(language, $"{checklist.Title} — {progress}", body, actions);
        return refreshUserIds is { Count: > 0 }
            ? card with { Refresh = new Refresh(new ExecuteAction(T(language, "Actualiser", "Refresh"), CardActionNames.ChecklistShow) { Data = new ChecklistShowData(checklist.Id, page) }) { UserIds = refreshUserIds } }
            : card;
    }

    private static Container Item(ChecklistItemView item, int number, int total, ContentLanguage language)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        var whyId = "why." + item.Id;
        var label = T(language, $"Point {n} sur {total}", $"Item {n} of {total}");
        if (item.IsAddition)
        {
            label += " — " + AdditionText.Label(language);
        }

        if (item.NotApplicable is { } reason)
        {
            label += T(language, $" — sans objet : {reason}", $" — not applicable: {reason}");
        }

        List<AdaptiveElement> items =
        [
            new InputToggle(ChecklistSaveData.ToggleId(item.Id), label, item.Title)
            {
                Value = item.Ticked ? "true" : "false",
                ValueOn = "true",
                ValueOff = "false",
                Wrap = true,
            },
        ];
        List<string> targets = [whyId];
        if (item.AdditionNote is { } note)
        {
            targets.Add("note." + item.Id);
        }

        items.Add(new ActionSet([new ToggleVisibilityAction(T(language, $"Pourquoi ? (point {n})", $"Why? (item {n})"), targets)]) { Spacing = Spacing.None });
        items.Add(new TextBlock(AdditionText.Why(item.Why, item.IsAddition, language)) { Id = whyId, IsVisible = false, Wrap = true, IsSubtle = true });
        if (item.AdditionNote is { } shownNote)
        {
            items.Add(AdditionText.Note(shownNote, language) with { Id = "note." + item.Id, IsVisible = false });
        }

        return new Container(items) { Separator = true };
    }
}
