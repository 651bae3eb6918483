using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.Cards.Actions;
using TicBot.Dialogs.Checklists;
using TicBot.Dialogs.Menu;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;

namespace TicBot.Dialogs.Cards;

/// <summary>
/// Answers the buttons of the cards, whether they came as Action.Execute or as Action.Submit. Nothing in the card's
/// data is trusted: the project it names is looked up in the sender's place (or checked for membership when the card
/// names another place), ids are checked against the methodology, and the sender's right is checked when saving.
/// Every action name has an answer: a card, a few words, a question, or a clear refusal.
/// </summary>
public sealed class CardActionService(ChecklistService checklists, MenuResponder responder, ProjectResolver resolver)
{
    public async Task<CardActionReply> HandleAsync(ITurnContext turnContext, CardActionData data, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(data);
        var target = new ProjectTarget(data.Project, data.Place);
        return data switch
        {
            MenuShowData => CardActionReply.NewCard(RenderedCard.From(MenuResponder.Menu(language))),
            MenuOpenData open => await AnswerAsync(turnContext, IntentOf(open.Entry), language, cancellationToken),
            ProjectsShowData list => InPlace(await AnswerAsync(turnContext, new MenuIntent(list.Archived ? MenuCommand.ArchivedProjects : MenuCommand.Projects, Page: list.Page), language, cancellationToken)),
            ProjectSummaryData => await AnswerAsync(turnContext, new MenuIntent(MenuCommand.Summary, Target: target), language, cancellationToken),
            ChecklistShowData show => InPlace(await AnswerAsync(turnContext, new MenuIntent(MenuCommand.Checklist, show.Checklist, show.Page, Target: target), language, cancellationToken)),
            ChecklistSaveData save => await SaveChecklistAsync(turnContext, save, target, language, cancellationToken),
            ChecklistWhyData why => Why(why.Item, language),
            ProjectManageData manage => await ManageAsync(turnContext, manage.Operation, target, language, cancellationToken),
            PlanShowData => ComingSoon(MenuEntry.Planning, language),
            ExpectationsShowData => ComingSoon(MenuEntry.Needs, language),
            ReminderDoneData or ReminderSnoozeData or ReminderStopData => ComingSoon(MenuEntry.Reminders, language),
            // The answer to a question reaches the question itself; here there is none being asked.
            _ => CardActionReply.Say(BotKit.Prompts.PromptMessages.StaleQuestion.For(language)),
        };
    }

    private async Task<CardActionReply> AnswerAsync(ITurnContext turnContext, MenuIntent intent, UserLanguage language, CancellationToken cancellationToken)
    {
        // A place without a project creates one first (a card naming a project never does: that project is gone).
        if (intent.NeedsProject && intent.Target?.ProjectId is null
            && (await resolver.ResolveAsync(turnContext, intent.Target, cancellationToken)).Status == ProjectResolutionStatus.NoProject)
        {
            return CardActionReply.Ask(intent);
        }

        var (card, text) = await responder.AnswerAsync(turnContext, intent, language, cancellationToken);
        return card is null ? CardActionReply.Say(text ?? string.Empty) : CardActionReply.NewCard(card, text);
    }

    private async Task<CardActionReply> ManageAsync(ITurnContext turnContext, ProjectOperation operation, ProjectTarget target, UserLanguage language, CancellationToken cancellationToken)
    {
        var command = operation switch
        {
            ProjectOperation.Open => MenuCommand.OpenProject,
            ProjectOperation.New => MenuCommand.NewProject,
            ProjectOperation.Rename => MenuCommand.RenameProject,
            ProjectOperation.Archive => MenuCommand.ArchiveProject,
            ProjectOperation.Restore => MenuCommand.RestoreProject,
            ProjectOperation.Delete => MenuCommand.DeleteProject,
            ProjectOperation.Transfer => MenuCommand.TransferProject,
            _ => MenuCommand.ManageProject,
        };
        var intent = new MenuIntent(command, Target: command == MenuCommand.NewProject ? null : target);
        return command is MenuCommand.NewProject or MenuCommand.RenameProject or MenuCommand.DeleteProject or MenuCommand.TransferProject
            ? CardActionReply.Ask(intent)
            : await AnswerAsync(turnContext, intent, language, cancellationToken);
    }

    private async Task<CardActionReply> SaveChecklistAsync(ITurnContext turnContext, ChecklistSaveData save, ProjectTarget target, UserLanguage language, CancellationToken cancellationToken)
    {
        var resolution = await resolver.ResolveAsync(turnContext, target, cancellationToken);
        if (resolution.Status != ProjectResolutionStatus.Found)
        {
            return resolution.Status == ProjectResolutionStatus.NoProject
                ? CardActionReply.Ask(new MenuIntent(MenuCommand.Checklist, save.Checklist, save.Page))
                : CardActionReply.Say(ProjectResponder.Explain(resolution, language));
        }

        var place = resolution.Place!;
        var edit = await checklists.SaveAsync(place, resolution.Project!.Id, ChecklistSubmission.From(save), ProjectActors.From(turnContext.Activity), cancellationToken);
        if (edit is null)
        {
            return CardActionReply.Say(DialogTexts.UnknownChecklistItem.For(language));
        }

        if (ProjectResponder.Explain(edit, language) is { } refusal)
        {
            return CardActionReply.Say(refusal);
        }

        var card = ChecklistService.Card(edit.Project!, save.Checklist, save.Goto ?? save.Page, language.ToContent(), saved: true);
        return card is null
            ? CardActionReply.Say(DialogTexts.UnknownChecklistItem.For(language))
            : CardActionReply.InPlace(RenderedCard.ForProject(card, edit.Project!, place, ProjectPlace.From(turnContext.Activity), language));
    }

    private static CardActionReply InPlace(CardActionReply reply) => reply.Card is not null && reply.Text is null ? reply with { ReplacesCard = true } : reply;

    private static CardActionReply ComingSoon(MenuEntry entry, UserLanguage language)
        => CardActionReply.Say(DialogTexts.ComingSoon.Format(language, TicBot.Cards.Factories.MenuCardFactory.Title(entry, language.ToContent())));

    private static CardActionReply Why(string itemId, UserLanguage language)
    {
        var item = MethodologyCatalog.Load().For(language.ToContent()).FindItem(itemId);
        return CardActionReply.Say(item is null
            ? DialogTexts.UnknownChecklistItem.For(language)
            : DialogTexts.Why.Format(language, item.Title, item.Why));
    }

    private static MenuIntent IntentOf(MenuEntry entry) => entry switch
    {
        MenuEntry.Checklists => new MenuIntent(MenuCommand.Checklists),
        MenuEntry.Summary => new MenuIntent(MenuCommand.Summary),
        MenuEntry.Projects => new MenuIntent(MenuCommand.Projects),
        MenuEntry.Help => new MenuIntent(MenuCommand.Help),
        _ => new MenuIntent(MenuCommand.ComingSoon, ComingSoon: entry),
    };
}
