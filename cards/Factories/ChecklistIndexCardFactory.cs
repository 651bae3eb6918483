using TicBot.Cards.Actions;
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
                "Des repères tirés de la méthode : cochez ce qui est fait, et consultez pour chaque point pourquoi il compte. Les compléments, que TicBot ajoute à la méthode, sont comptés à part.",
                "Guidelines from the method: tick what is done, and see for each item why it matters. The additions TicBot makes to the method are counted apart.")),
        ];
        if (checklists.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucune liste n’est disponible.", "No checklist is available.")));
        }

        foreach (var checklist in checklists)
        {
            var progress = AdditionText.Progress(checklist, language);
            var state = checklist.IsComplete
                ? T(language, $"{progress} : liste complète", $"{progress}: complete")
                : progress;
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
