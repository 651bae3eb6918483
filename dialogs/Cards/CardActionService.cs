using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.Cards.Actions;
using TicBot.Dialogs.Checklists;
using TicBot.Dialogs.Menu;
using TicBot.Dialogs.Projects;
using TicBot.Methodology.Content;

namespace TicBot.Dialogs.Cards;

/// <summary>
/// Answers the buttons of the cards, whether they came as Action.Execute or as Action.Submit. Nothing in the
/// card's data is trusted: the project is the sender's place's, ids are checked against the methodology, and
/// the sender's right to change the project is checked when saving.
/// </summary>
public sealed class CardActionService(ChecklistService checklists, MenuResponder responder)
{
    public async Task<CardActionReply> HandleAsync(ITurnContext turnContext, CardActionData data, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return data switch
        {
            MenuShowData => CardActionReply.NewCard(MenuResponder.Menu(language)),
            MenuOpenData open => await AnswerAsync(turnContext, IntentOf(open.Entry), language, cancellationToken),
            ProjectSummaryData => await AnswerAsync(turnContext, new MenuIntent(MenuCommand.Summary), language, cancellationToken),
            ChecklistShowData show => await ShowChecklistAsync(turnContext, show, language, cancellationToken),
            ChecklistSaveData save => await SaveChecklistAsync(turnContext, save, language, cancellationToken),
            ChecklistWhyData why => Why(why.Item, language),
            PlanShowData => await AnswerAsync(turnContext, new MenuIntent(MenuCommand.ComingSoon, ComingSoon: MenuEntry.Planning), language, cancellationToken),
            _ => await AnswerAsync(turnContext, new MenuIntent(MenuCommand.ComingSoon, ComingSoon: MenuEntry.Reminders), language, cancellationToken),
        };
    }

    private async Task<CardActionReply> AnswerAsync(ITurnContext turnContext, MenuIntent intent, UserLanguage language, CancellationToken cancellationToken)
    {
        if (intent.NeedsProject && !await responder.HasProjectAsync(turnContext, cancellationToken))
        {
            return CardActionReply.CreateProjectFirst(intent);
        }

        var (card, text) = await responder.AnswerAsync(turnContext, intent, language, cancellationToken);
        return card is null ? CardActionReply.Say(text ?? string.Empty) : CardActionReply.NewCard(card, text);
    }

    private async Task<CardActionReply> ShowChecklistAsync(ITurnContext turnContext, ChecklistShowData show, UserLanguage language, CancellationToken cancellationToken)
    {
        var intent = new MenuIntent(MenuCommand.Checklist, show.Checklist, show.Page);
        var reply = await AnswerAsync(turnContext, intent, language, cancellationToken);
        return reply.Card is not null ? reply with { ReplacesCard = true } : reply;
    }

    private async Task<CardActionReply> SaveChecklistAsync(ITurnContext turnContext, ChecklistSaveData save, UserLanguage language, CancellationToken cancellationToken)
    {
        if (ProjectPlace.From(turnContext.Activity) is not { } place)
        {
            return CardActionReply.Say(DialogTexts.NoPlace.For(language));
        }

        var outcome = await checklists.SaveAsync(place, ChecklistSubmission.From(save), ProjectActors.From(turnContext.Activity), cancellationToken);
        return outcome.Status switch
        {
            ChecklistSaveStatus.NoProject => CardActionReply.CreateProjectFirst(new MenuIntent(MenuCommand.Checklist, save.Checklist, save.Page)),
            ChecklistSaveStatus.Conflict => CardActionReply.Say(DialogTexts.ConcurrentChange.For(language)),
            ChecklistSaveStatus.ReadOnly => CardActionReply.Say(DialogTexts.ReadOnlyMember.For(language)),
            ChecklistSaveStatus.UnknownChecklist => CardActionReply.Say(DialogTexts.UnknownChecklistItem.For(language)),
            _ when ChecklistService.Card(outcome.Project!, save.Checklist, save.Goto ?? save.Page, language.ToContent(), saved: true) is { } card
                => CardActionReply.InPlace(card),
            _ => CardActionReply.Say(DialogTexts.UnknownChecklistItem.For(language)),
        };
    }

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
        MenuEntry.Help => new MenuIntent(MenuCommand.Help),
        _ => new MenuIntent(MenuCommand.ComingSoon, ComingSoon: entry),
    };
}
