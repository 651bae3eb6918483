using TicBot.Cards.Actions;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// What can be done with a project: rename, archive or restore, hand ownership over, delete. Only the operations
/// the member may do are offered (the owner alone transfers and deletes); each is checked again when done.
/// </summary>
public static class ProjectManageCardFactory
{
    public static AdaptiveCard Create(ProjectManageView project, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(project);
        var title = T(language, "Gérer le projet", "Manage the project");
        List<AdaptiveElement> body =
        [
            Heading(title),
            new FactSet(
            [
                new Fact(T(language, "Projet", "Project"), Clip(project.Name)),
                new Fact(T(language, "Propriétaire", "Owner"), Clip(project.Owner, 80)),
                new Fact(T(language, "Statut", "Status"), project.IsArchived ? T(language, "archivé (lecture seule)", "archived (read-only)") : T(language, "en cours", "active")),
            ]),
        ];
        if (!project.CanEdit)
        {
            body.Add(Paragraph(T(language, "Vous pouvez consulter ce projet, mais pas le modifier.", "You can read this project but not change it.")));
        }
        else if (project.IsOwner)
        {
            body.Add(Subtle(T(language,
                "Avant de quitter vos fonctions, transmettez la propriété du projet à un collègue : un projet ne doit jamais rester sans personne pour le gérer.",
                "Before you leave your post, hand the project over to a colleague: a project must never be left with nobody to manage it.")));
        }

        List<AdaptiveAction> actions = [];
        if (project.CanEdit && !project.IsArchived)
        {
            actions.Add(Operation(T(language, "Renommer", "Rename"), ProjectOperation.Rename));
            actions.Add(Operation(T(language, "Archiver", "Archive"), ProjectOperation.Archive));
        }

        if (project.CanEdit && project.IsArchived)
        {
            actions.Add(Operation(T(language, "Restaurer", "Restore"), ProjectOperation.Restore, ActionStyle.Positive));
        }

        if (project.IsOwner && project.HasOtherMembers)
        {
            actions.Add(Operation(T(language, "Transmettre la propriété", "Hand ownership over"), ProjectOperation.Transfer));
        }

        if (project.IsOwner)
        {
            actions.Add(Operation(T(language, "Supprimer", "Delete"), ProjectOperation.Delete, ActionStyle.Destructive));
        }

        actions.Add(new SubmitAction(T(language, "Mes projets", "My projects")) { Data = new ProjectsShowData(false, 0) });
        actions.Add(MenuButton(language));
        return Card(language, title, body, actions);
    }

    private static SubmitAction Operation(string title, ProjectOperation operation, ActionStyle? style = null)
        => new(title) { Data = new ProjectManageData(operation), Style = style };
}
