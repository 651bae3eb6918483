using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using TicBot.Methodology.Projects;
using TicBot.Methodology.Rules.Health;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Checklists;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs.Menu;

/// <summary>Answers a menu intent with the card or the few words it calls for.</summary>
public sealed class MenuResponder(ProjectStore store, TimeProvider time)
{
    private const string TurnProjectKey = "TicBot.Dialogs.ProjectOfTurn";

    /// <summary>The menu entries that work today; the others are shown as coming soon.</summary>
    public static IReadOnlyCollection<MenuEntry> Available { get; } = [MenuEntry.Checklists, MenuEntry.Summary, MenuEntry.Help];

    public static AdaptiveCard Menu(UserLanguage language) => MenuCardFactory.MainMenu(Available, language.ToContent());

    public static AdaptiveCard Welcome(string? userName, UserLanguage language) => MenuCardFactory.Welcome(userName, Available, language.ToContent());

    /// <summary>True when the conversation's place already has its project.</summary>
    public async Task<bool> HasProjectAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        => await ProjectOfTurnAsync(turnContext, cancellationToken) is not null;

    /// <summary>
    /// The place's project, read at most once per turn (a turn that checks for it and then shows it reads once).
    /// A turn that creates the project reads it afresh: only a found project is remembered.
    /// </summary>
    private async Task<Project?> ProjectOfTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<Project>(TurnProjectKey) is { } known)
        {
            return known;
        }

        if (ProjectPlace.From(turnContext.Activity) is not { } place || await store.FindAsync(place, cancellationToken) is not { } project)
        {
            return null;
        }

        turnContext.TurnState.Set(TurnProjectKey, project);
        return project;
    }

    /// <summary>The card for <paramref name="intent"/>, or a short text; null card and text for nothing to say.</summary>
    public async Task<(AdaptiveCard? Card, string? Text)> AnswerAsync(ITurnContext turnContext, MenuIntent intent, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var content = language.ToContent();
        switch (intent.Command)
        {
            case MenuCommand.Menu:
                return (Menu(language), null);
            case MenuCommand.Help:
                return (HelpCardFactory.Create(content), null);
            case MenuCommand.ComingSoon:
                return (Menu(language), DialogTexts.ComingSoon.Format(language, MenuCardFactory.Title(intent.ComingSoon ?? MenuEntry.Help, content)));
            case MenuCommand.Unknown:
                return (Menu(language), DialogTexts.NotUnderstood.For(language));
        }

        if (ProjectPlace.From(turnContext.Activity) is null)
        {
            return (null, DialogTexts.NoPlace.For(language));
        }

        if (await ProjectOfTurnAsync(turnContext, cancellationToken) is not { } project)
        {
            return (null, DialogTexts.CreateProjectFirst.For(language));
        }

        return intent.Command switch
        {
            MenuCommand.Checklist when ChecklistService.Card(project, intent.ChecklistId ?? string.Empty, intent.Page, content) is { } card => (card, null),
            MenuCommand.Checklist => (null, DialogTexts.UnknownChecklistItem.For(language)),
            MenuCommand.Checklists => (ChecklistIndexCardFactory.Create(ProjectViews.Summary(project, Content(content)).Checklists, content), null),
            _ => (ProjectSummaryCardFactory.Create(ProjectViews.Summary(project, Content(content), ProjectHealth.Assess(project, time)), content), null),
        };
    }

    /// <summary>Sends the answer to <paramref name="intent"/> as new messages (text first, then the card).</summary>
    public async Task RespondAsync(ITurnContext turnContext, MenuIntent intent, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (card, text) = await AnswerAsync(turnContext, intent, language, cancellationToken);
        if (text is not null)
        {
            await turnContext.SendActivityAsync(text, cancellationToken);
        }

        if (card is not null)
        {
            await turnContext.SendActivityAsync(CardMessages.ToMessage(card), cancellationToken);
        }
    }

    private static MethodologyContent Content(ContentLanguage language) => MethodologyCatalog.Load().For(language);
}
