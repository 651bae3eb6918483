using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Localization;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;
using TicBot.Dialogs.Cards;
using ChoiceButtons = TicBot.Cards.Factories.ChoiceCardFactory;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Creates the place's project with two questions: its name, then the kind of public body running it.
/// Ends with true when the place has a project (created here, or by a colleague meanwhile).
/// </summary>
public sealed class ProjectCreationDialog : ComponentDialog
{
    public const string DialogId = "project.create";
    private const string NamePrompt = "project.create.name";
    private const string KindPrompt = "project.create.kind";
    private const string NameKey = "name";

    private readonly ProjectStore _store;

    public ProjectCreationDialog(ProjectStore store) : base(DialogId)
    {
        _store = store;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskNameStepAsync, AskKindStepAsync, CreateStepAsync]));
        AddDialog(new TextPrompt(NamePrompt) { MinLength = 3, MaxLength = 80 });
        AddDialog(new ChoicePrompt(KindPrompt) { CardFactory = ChoiceCard });
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var language = step.Language;
        return await step.PromptAsync(NamePrompt, PromptOptions.FromText(
            DialogTexts.ProjectAskName.For(language),
            DialogTexts.ProjectAskNameRetry.For(language),
            DialogTexts.ProjectAskNameHelp.For(language)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskKindStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.AttemptsExhausted || step.ResultAsString() is not { } name)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        step.Values.Set(NameKey, name, TicBotDialogsJsonContext.Default.String);
        var language = step.Language;
        var options = PromptOptions.FromText(DialogTexts.ProjectAskKind.For(language), help: DialogTexts.ProjectAskKindHelp.For(language));
        options.Choices = [.. CollectiviteKinds.All.Select(kind => new Choice { Value = CollectiviteKinds.Title(kind, language), Synonyms = CollectiviteKinds.Synonyms(kind) })];
        return await step.PromptAsync(KindPrompt, options, cancellationToken);
    }

    private async Task<DialogTurnResult> CreateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.AttemptsExhausted || step.ResultAsChoice() is not { } kind || ProjectPlace.From(step.Context.Activity) is not { } place)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var name = step.Values.Get(NameKey, TicBotDialogsJsonContext.Default.String)!;
        var actor = ProjectActors.From(step.Context.Activity);
        var profile = new CollectiviteProfile { Kind = CollectiviteKinds.All[kind.Index] };
        var (project, created) = await _store.CreateAsync(place, at => Project.Create(place.StorageKey, name, profile, actor, at), cancellationToken);
        // A turn re-run after a state conflict finds the project it created itself the first time.
        var ours = created || (project.OwnerId == actor.Id && project.Name == name.Trim() && project.History.Count == 1);
        var said = !ours ? DialogTexts.ProjectAlreadyCreated : place.Kind switch
        {
            ProjectPlaceKind.Personal => DialogTexts.ProjectCreatedPersonal,
            ProjectPlaceKind.Team => DialogTexts.ProjectCreatedTeam,
            _ => DialogTexts.ProjectCreatedShared,
        };
        await step.Context.SendActivityAsync(said.Format(step.Language, project.Name), cancellationToken);
        return await step.EndDialogAsync(true, TicBotDialogsJsonContext.Default.Boolean, cancellationToken);
    }

    /// <summary>Where suggested actions do not show (group chats, channels, more than three options): a card of buttons.</summary>
    private static Attachment ChoiceCard(string? text, IReadOnlyList<Choice> choices, UserLanguage language)
        => CardMessages.ToAttachment(ChoiceButtons.Create(text ?? string.Empty, [.. choices.Select(c => c.Value)], language.ToContent()));

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(DialogTexts.ProjectNotCreated.For(step.Language), cancellationToken);
        return await step.EndDialogAsync(false, TicBotDialogsJsonContext.Default.Boolean, cancellationToken);
    }
}
