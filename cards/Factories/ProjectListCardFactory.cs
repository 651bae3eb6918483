using TicBot.Cards.Actions;
using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// "Mes projets": the place's projects with their stage, progress, last change and lead; each can be opened (it
/// becomes the member's current project here) or, when archived, restored. Long lists are paged.
/// </summary>
public static class ProjectListCardFactory
{
    /// <summary>Projects per page at most.</summary>
    public const int MaxProjectsPerPage = 8;

    /// <param name="page">From 0; out-of-range values show the nearest page.</param>
    public static AdaptiveCard Create(ProjectListView list, int page, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(list);
        var pages = CardPager.Pages(list.Projects.Count, MaxProjectsPerPage, range => Build(list, range, 1, 3, language));
        page = CardPager.Clamp(page, pages.Count);
        return Build(list, pages[page], page, pages.Count, language);
    }

    private static AdaptiveCard Build(ProjectListView list, Range range, int page, int pageCount, ContentLanguage language)
    {
        var title = list.Archived ? T(language, "Projets archivés", "Archived projects") : T(language, "Vos projets", "Your projects");
        List<AdaptiveElement> body = [Heading(title)];
        body.Add(Paragraph(list.Archived
            ? T(language, "Un projet archivé est conservé tel quel, en lecture seule. Restaurez-le pour y travailler de nouveau.", "An archived project is kept as it is, read-only. Restore it to work on it again.")
            : T(language, "Les projets de cette conversation. Celui que vous ouvrez devient votre projet en cours ici ; vos collègues gardent le leur.", "The projects of this conversation. The one you open becomes your current project here; your colleagues keep theirs.")));
        if (list.Projects.Count == 0)
        {
            body.Add(Paragraph(list.Archived
                ? T(language, "Aucun projet n’est archivé.", "No project is archived.")
                : T(language, "Aucun projet pour l’instant : créez le premier.", "No project yet: create the first one.")));
        }

        var (offset, length) = range.GetOffsetAndLength(list.Projects.Count);
        body.AddRange(list.Projects.Skip(offset).Take(length).Select(p => Project(p, language)));
        if (pageCount > 1)
        {
            body.Add(Subtle(T(language, $"Page {page + 1} sur {pageCount}.", $"Page {page + 1} of {pageCount}.")));
        }

        List<AdaptiveAction> actions = [];
        if (!list.Archived)
        {
            actions.Add(new SubmitAction(T(language, "Nouveau projet", "New project")) { Data = new ProjectManageData(ProjectOperation.New), Style = ActionStyle.Positive });
        }

        if (page > 0)
        {
            actions.Add(new SubmitAction(T(language, "Page précédente", "Previous page")) { Data = new ProjectsShowData(list.Archived, page - 1) });
        }

        if (page < pageCount - 1)
        {
            actions.Add(new SubmitAction(T(language, "Page suivante", "Next page")) { Data = new ProjectsShowData(list.Archived, page + 1) });
        }

        if (list.Archived || list.OtherCount > 0)
        {
            var other = DisplayFormat.Number(list.OtherCount, language);
            actions.Add(new SubmitAction(list.Archived
                ? T(language, $"Projets en cours ({other})", $"Current projects ({other})")
                : T(language, $"Projets archivés ({other})", $"Archived projects ({other})")) { Data = new ProjectsShowData(!list.Archived, 0) });
        }

        actions.Add(MenuButton(language));
        return Card(language, title, body, actions);
    }

    private static Container Project(ProjectListItemView project, ContentLanguage language)
    {
        var name = project.IsCurrent
            ? T(language, $"{Clip(project.Name)} (projet en cours)", $"{Clip(project.Name)} (current project)")
            : Clip(project.Name);
        var open = project.IsArchived
            ? new SubmitAction(T(language, $"Restaurer « {Clip(project.Name, 40)} »", $"Restore “{Clip(project.Name, 40)}”")) { Data = new ProjectManageData(ProjectOperation.Restore) { Project = project.Id } }
            : new SubmitAction(T(language, $"Ouvrir « {Clip(project.Name, 40)} »", $"Open “{Clip(project.Name, 40)}”")) { Data = new ProjectManageData(ProjectOperation.Open) { Project = project.Id } };
        return new Container(
        [
            new TextBlock(name) { Weight = TextWeight.Bolder, Wrap = true },
            new FactSet(
            [
                new Fact(T(language, "Étape", "Stage"), project.Phase),
                new Fact(T(language, "Avancement", "Progress"), T(language,
                    $"{DisplayFormat.Progress(project.Ticked, project.Total)} points cochés",
                    $"{DisplayFormat.Progress(project.Ticked, project.Total)} items ticked")),
                new Fact(T(language, "Dernière modification", "Last change"), DisplayFormat.Date(project.LastChange, language)),
                new Fact(T(language, "Pilotage", "Led by"), Clip(project.Lead, 80)),
            ]),
            new ActionSet([open]),
        ])
        { Separator = true };
    }
}
