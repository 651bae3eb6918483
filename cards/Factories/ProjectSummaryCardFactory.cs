using TicBot.Cards.Actions;
using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Rules.Health;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// The project summary: its name and phase, the progress of each checklist (a table, the seed's items and the
/// additions in two columns, with a button to open each), and the health flags, each saying its severity in words
/// (« Alerte », « Vigilance », « Information »), what to do, and what in it is TicBot's addition.
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

        body.Add(Subheading(T(language, "Points d’attention", "Points to watch")));
        var flags = project.Flags.OrderByDescending(f => f.Severity).ToList();
        if (flags.Count == 0)
        {
            body.Add(Paragraph(T(language, "Aucun point d’attention : rien d’important ne semble oublié.", "Nothing to watch: nothing important seems forgotten.")));
        }
        else if (flags.Take(MaxFlags).Any(f => f.IsAddition || f.AdditionNote is not null))
        {
            body.Add(AdditionText.Legend(language));
        }

        body.AddRange(flags.Take(MaxFlags).Select(flag => Flag(flag, language)));
        if (flags.Count > MaxFlags)
        {
            var more = flags.Count - MaxFlags;
            body.Add(Subtle(T(language,
                $"Et {Count(language, more, "autre point", "autres points", "", "")} de moindre importance.",
                $"And {Count(language, more, "", "", "more point", "more points")}, less important.")));
        }

        return Card(language, title, body,
        [
            new SubmitAction(T(language, "Gérer le projet", "Manage the project")) { Data = new ProjectManageData(ProjectOperation.Manage) },
            new SubmitAction(T(language, "Mes projets", "My projects")) { Data = new ProjectsShowData(false, 0) },
            MenuButton(language),
        ]);
    }

    /// <summary>
    /// The severity in words (« Information », « Vigilance », « Alerte », as the content names them), so that the
    /// meaning never rests on colour.
    /// </summary>
    public static string SeverityLabel(HealthSeverity severity, ContentLanguage language) =>
        MethodologyCatalog.Load().For(language).Label(severity);

    private static Table ProgressTable(IReadOnlyList<ChecklistProgressView> checklists, ContentLanguage language)
    {
        static TableCell Cell(string text, bool bold = false) => new([new TextBlock(text) { Wrap = true, Weight = bold ? TextWeight.Bolder : null }]);
        static string Share(int ticked, int total, ContentLanguage language) => total == 0
            ? "—"
            : $"{DisplayFormat.Progress(ticked, total)} ({DisplayFormat.Percent((decimal)ticked / total, language)})";
        List<TableRow> rows =
        [
            new([Cell(T(language, "Liste", "Checklist"), true), Cell(T(language, "Points de la méthode", "Items from the method"), true), Cell(T(language, "Compléments", "Additions"), true)]),
        ];
        rows.AddRange(checklists.Select(c => new TableRow(
            [Cell(c.Title), Cell(Share(c.SeedTicked, c.SeedTotal, language)), Cell(Share(c.AdditionTicked, c.AdditionTotal, language))])));
        return new Table([new TableColumnDefinition(3), new TableColumnDefinition(2), new TableColumnDefinition(2)], rows) { FirstRowAsHeader = true };
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
        ];
        if (flag.IsAddition)
        {
            items.Add(Subtle(T(language, $"{AdditionText.Label(language)} : ce point ne figure pas dans la méthode.", $"{AdditionText.Label(language)}: this point is not in the method.")));
        }

        items.Add(Paragraph(flag.Detail));
        items.Add(Labelled(T(language, "Action suggérée :", "Suggested action:"), flag.SuggestedAction));
        if (flag.AdditionNote is { } note)
        {
            items.Add(AdditionText.Note(note, language));
        }

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
