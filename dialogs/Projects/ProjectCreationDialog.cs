using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;
using TicBot.Dialogs.Cards;
using TicBot.Methodology.Projects;

namespace TicBot.Dialogs.Projects;

/// <summary>
/// Creates a project in the place with two questions: its name, then the kind of public body running it. The new
/// project becomes the member's current project here. Ends with true when it exists.
/// </summary>
/// <remarks>
/// The project's id is drawn when the conversation starts and kept with it: a turn run again (a save conflict, an
/// activity delivered twice) finds the project it created the first time instead of creating a second one.
/// </remarks>
public sealed class ProjectCreationDialog : ComponentDialog
{
    public const string DialogId = "project.create";
    private const string NamePrompt = "project.create.name";
    private const string KindPrompt = "project.create.kind";
    private const string NameKey = "name";
    private const string IdKey = "id";

    private readonly ProjectStore _store;
    private readonly CurrentProjects _current;
    private readonly TimeProvider _time;

    public ProjectCreationDialog(ProjectStore store, CurrentProjects current, TimeProvider time) : base(DialogId)
    {
        _store = store;
        _current = current;
        _time = time;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskNameStepAsync, AskKindStepAsync, CreateStepAsync]));
        AddDialog(new TextPrompt(NamePrompt) { MinLength = 3, MaxLength = 80, AnswerCard = QuestionCards.Answer });
        AddDialog(new ChoicePrompt(KindPrompt) { CardFactory = QuestionCards.Choice });
    }

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(IdKey, ProjectIds.New(), TicBotDialogsJsonContext.Default.String);
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
        var activity = step.Context.Activity;
        if (step.AttemptsExhausted || step.ResultAsChoice() is not { } kind || ProjectPlace.From(activity) is not { } place
            || step.Values.Get(IdKey, TicBotDialogsJsonContext.Default.String) is not { } id)
        {
            return await GiveUpAsync(step, cancellationToken);
        }

        var name = step.Values.Get(NameKey, TicBotDialogsJsonContext.Default.String)!;
        var profile = new CollectiviteProfile { Kind = CollectiviteKinds.All[kind.Index] };
        var project = Project.Create(id, name, profile, ProjectActors.From(activity), _time.GetUtcNow(), activity.GetTenantId());
        var (stored, _) = await _store.CreateAsync(place, project, cancellationToken);
        if (stored.Project is not { } created)
        {
            // Its id was taken by a project deleted meanwhile: nothing more to do with it.
            return await GiveUpAsync(step, cancellationToken);
        }

        await _current.SetAsync(step.Context, place, created.Id, cancellationToken);
        ProjectResolver.ForgetTurn(step.Context);
        var said = place.Kind switch
        {
            ProjectPlaceKind.Personal => DialogTexts.ProjectCreatedPersonal,
            ProjectPlaceKind.Team => DialogTexts.ProjectCreatedTeam,
            _ => DialogTexts.ProjectCreatedShared,
        };
        await step.Context.SendActivityAsync(said.Format(step.Language, created.Name), cancellationToken);
        return await step.EndDialogAsync(true, TicBotDialogsJsonContext.Default.Boolean, cancellationToken);
    }

    private static async Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(DialogTexts.ProjectNotCreated.For(step.Language), cancellationToken);
        return await step.EndDialogAsync(false, TicBotDialogsJsonContext.Default.Boolean, cancellationToken);
    }
}
