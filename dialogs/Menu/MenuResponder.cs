using TicBot.BotKit.Builder;
using TicBot.BotKit.Localization;
using TicBot.Cards.Actions;
using TicBot.Cards.Factories;
using TicBot.Cards.Model;
using TicBot.Dialogs.Cards;
using TicBot.Dialogs.Projects;

namespace TicBot.Dialogs.Menu;

/// <summary>
/// Answers a menu intent with the card or the few words it calls for. What acts on a project acts on the project the
/// card was drawn for, or, for what is typed, on the member's current project here (<see cref="ProjectResolver"/>).
/// </summary>
public sealed class MenuResponder(ProjectResolver resolver, ProjectStore store, CurrentProjects current, ProjectResponder projects)
{
    /// <summary>The menu entries that work today; the others are shown as coming soon.</summary>
    public static IReadOnlyCollection<MenuEntry> Available { get; } = [MenuEntry.Checklists, MenuEntry.Summary, MenuEntry.Projects, MenuEntry.Help];

    public static AdaptiveCard Menu(UserLanguage language) => MenuCardFactory.MainMenu(Available, language.ToContent());

    public static AdaptiveCard Welcome(string? userName, UserLanguage language) => MenuCardFactory.Welcome(userName, Available, language.ToContent());

    /// <summary>The answer to <paramref name="intent"/>.</summary>
    public async Task<MenuAnswer> AnswerAsync(ITurnContext turnContext, MenuIntent intent, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(intent);
        var content = language.ToContent();
        switch (intent.Command)
        {
            case MenuCommand.Menu:
                return new(RenderedCard.From(Menu(language)), null);
            case MenuCommand.Help:
                return new(RenderedCard.From(HelpCardFactory.Create(content, Available)), null);
            case MenuCommand.ComingSoon:
                return new(RenderedCard.From(Menu(language)), DialogTexts.ComingSoon.Format(language, MenuCardFactory.Title(intent.ComingSoon ?? MenuEntry.Help, content)));
            case MenuCommand.Unknown:
                return new(RenderedCard.From(Menu(language)), DialogTexts.NotUnderstood.For(language));
            case MenuCommand.Projects or MenuCommand.ArchivedProjects:
                return await ListAsync(turnContext, intent.Command == MenuCommand.ArchivedProjects, intent.Page, null, language, cancellationToken);
        }

        var resolution = await resolver.ResolveAsync(turnContext, intent.Target, cancellationToken);
        if (resolution.Status == ProjectResolutionStatus.Choose)
        {
            return await ListAsync(turnContext, false, 0, DialogTexts.ProjectsChooseFirst.For(language), language, cancellationToken);
        }

        return resolution.Status == ProjectResolutionStatus.Found
            ? await projects.AnswerAsync(turnContext, intent, resolution.Project!, resolution.Place!, language, cancellationToken)
            : new(null, ProjectResponder.Explain(resolution, language));
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

    private async Task<MenuAnswer> ListAsync(ITurnContext turnContext, bool archived, int page, string? text, UserLanguage language, CancellationToken cancellationToken)
    {
        if (ProjectPlace.From(turnContext.Activity) is not { } place)
        {
            return new(null, DialogTexts.NoPlace.For(language));
        }

        var all = await store.ListAsync(place, cancellationToken);
        var currentId = await current.GetAsync(turnContext, place, cancellationToken);
        var view = ProjectListing.List(all, currentId, archived, language);
        return new(RenderedCard.From(ProjectListCardFactory.Create(view, page, language.ToContent())), text);
    }
}
