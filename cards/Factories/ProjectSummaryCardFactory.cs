using TicBot.Cards.Actions;
using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Rules.Health;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The project summary: its name and phase, the progress of each checklist (a table, with a button to
/// open each), and the health flags, each saying its severity in words ("À risque") and what to do.
/// </summary>
public static class ProjectSummaryCardFactory
{
    /// <summary>Flags shown at most, most serious first; the card says how many more there are.</summary>
    public const int MaxFlags = 8;

    public static AdaptiveCard Create(ProjectSummaryView project, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(project);
        var title = T(language, $"Synthèse du projet « {Clip(project.ProjectName)} »", $"Project summary: {Clip(project.ProjectName)}");
        List<AdaptiveElement> body = [Heading(title)];
        if (!string.IsNullOrWhiteSpace(project.Phase))
        {
            body.Add(new FactSet([new Fact(T(language, "Étape en cours", "Current stage"), project.Phase)]));
        }

        body.Add(Subheading(T(language, "Listes de contrôle", "Checklists")));
        if (project.Checklists.Count > 0)
        {
            body.Add(ProgressTable(project.Checklists, language));
            // Teams shows at most 6 buttons per set; the six checklists of the methodology fit one set.
            foreach (var chunk in project.Checklists.Chunk(Validation.CardValidator.MaxActions))
            {
                body.Add(new ActionSet([.. chunk.Select(c => new SubmitAction(T(language, $"Ouvrir : {c.Title}", $"Open: {c.Title}")) { Data = new ChecklistShowData(c.Id, 0) })]));
            }
        }

        body.Add(Subheading(T(language, "Points de vigilance", "Points to watch")));
        var flags = project.Flags.OrderByDescending(f => f.Severity).ToList();
        if (flags.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucun point de vigilance : rien d’important ne semble oublié.", "Nothing to watch: nothing important seems forgotten.")));
        }

        body.AddRange(flags.Take(MaxFlags).Select(flag => Flag(flag, language)));
        if (flags.Count > MaxFlags)
        {
            var more = flags.Count - MaxFlags;
            body.Add(Subtle(T(language,
                $"Et {Count(language, more, "autre point", "autres points", "", "")} de moindre importance.",
                $"And {Count(language, more, "", "", "more point", "more points")}, less important.")));
        }

        return Card(language, title, body, [MenuButton(language)]);
    }

    /// <summary>The severity in words, so that the meaning never rests on colour.</summary>
    public static string SeverityLabel(HealthSeverity severity, ContentLanguage language) => severity switch
    {
        HealthSeverity.Critical => T(language, "À risque", "At risk"),
        HealthSeverity.Warning => T(language, "À surveiller", "To watch"),
        _ => T(language, "Pour information", "For information"),
    };

    private static Table ProgressTable(IReadOnlyList<ChecklistProgressView> checklists, ContentLanguage language)
    {
        static TableCell Cell(string text, bool bold = false) => new([new TextBlock(text) { Wrap = true, Weight = bold ? TextWeight.Bolder : null }]);
        List<TableRow> rows = [new([Cell(T(language, "Liste", "Checklist"), true), Cell(T(language, "Points cochés", "Items ticked"), true)])];
        rows.AddRange(checklists.Select(c => new TableRow(
        [
            Cell(c.Title),
            Cell(c.Total == 0
                ? "0/0"
                : $"{DisplayFormat.Progress(c.Ticked, c.Total)} ({DisplayFormat.Percent((decimal)c.Ticked / c.Total, language)})"),
        ])));
        return new Table([new TableColumnDefinition(3), new TableColumnDefinition(2)], rows) { FirstRowAsHeader = true };
    }

    private static Container Flag(HealthFlagView flag, ContentLanguage language)
    {
        List<AdaptiveElement> items =
        [
            new TextBlock(T(language, $"{SeverityLabel(flag.Severity, language)} : {flag.Title}", $"{SeverityLabel(flag.Severity, language)}: {flag.Title}"))
            {
                // The container's style gives the colour; coloured text on it would lose contrast (RGAA 3.2).
                Weight = TextWeight.Bolder,
                Wrap = true,
            },
            Paragraph(flag.Detail),
            Labelled(T(language, "Action suggérée :", "Suggested action:"), flag.SuggestedAction),
        ];
        if (flag.Action is not null && !string.IsNullOrWhiteSpace(flag.ActionTitle))
        {
            items.Add(new ActionSet([new SubmitAction(flag.ActionTitle) { Data = flag.Action }]));
        }

        return new Container(items)
        {
            Separator = true,
            Style = flag.Severity switch { HealthSeverity.Critical => ContainerStyle.Attention, HealthSeverity.Warning => ContainerStyle.Warning, _ => null },
        };
    }
}
