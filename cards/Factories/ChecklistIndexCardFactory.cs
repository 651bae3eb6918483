using TicBot.Cards.Actions;
using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>The list of checklists (menu entry "Listes de contrôle"): one button each, with its progress.</summary>
public static class ChecklistIndexCardFactory
{
    public static AdaptiveCard Create(IReadOnlyList<ChecklistProgressView> checklists, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(checklists);
        var title = T(language, "Listes de contrôle", "Checklists");
        List<AdaptiveElement> body =
        [
            Heading(title),
            Paragraph(T(language,
                "Des repères tirés de la méthode : cochez ce qui est fait, et consultez pour chaque point pourquoi il compte.",
                "Guidelines from the method: tick what is done, and see for each item why it matters.")),
        ];
        if (checklists.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucune liste n’est disponible.", "No checklist is available.")));
        }

        foreach (var checklist in checklists)
        {
            var progress = DisplayFormat.Progress(checklist.Ticked, checklist.Total);
            var state = checklist.Total > 0 && checklist.Ticked == checklist.Total
                ? T(language, $"{progress} : liste complète", $"{progress}: complete")
                : T(language, $"{progress} points cochés", $"{progress} items ticked");
            body.Add(new Container(
            [
                new ActionSet([new SubmitAction(checklist.Title) { Data = new ChecklistShowData(checklist.Id, 0) }]),
                Subtle(state),
            ])
            { Spacing = Spacing.Small });
        }

        return Card(language, title, body, [MenuButton(language)]);
    }
}
