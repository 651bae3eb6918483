using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;

namespace TicBot.BotKit.Tests.Dialogs;

/// <summary>A small interruptible dialog written the house way: typed options and result, named steps.</summary>
internal sealed class IntakeDialog : InterruptibleDialog
{
    public const string DialogId = "intake";

    public IntakeDialog(InterruptionOptions? interruptions = null, string id = DialogId) : base(id, interruptions ?? new InterruptionOptions())
    {
        AddDialog(new WaterfallDialog("intake.steps", [AskOwnerStepAsync, AskBudgetStepAsync, ConfirmStepAsync, FinishStepAsync]));
        AddDialog(new TextPrompt("text") { MaxLength = 80 });
        AddDialog(new NumberPrompt("budget", Prompts.MarkedFormatter.Instance) { AllowNegative = false });
        AddDialog(new ConfirmPrompt("confirm"));
    }

    private static Task<DialogTurnResult> AskOwnerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var options = stepContext.GetOptions(TestJsonContext.Default.IntakeOptions);
        var project = options?.ProjectName ?? "sans nom";
        return stepContext.PromptAsync("text", PromptOptions.FromText($"Qui pilote le projet {project} ?", help: "Le nom de la cheffe ou du chef de projet."), cancellationToken);
    }

    private static Task<DialogTurnResult> AskBudgetStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values.Set("owner", stepContext.Result);
        return stepContext.PromptAsync("budget", PromptOptions.FromText("Quel budget ?"), cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values.Set("budget", stepContext.Result);
        return stepContext.PromptAsync("confirm", PromptOptions.FromText("Je l'enregistre ?"), cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.ResultAsBool() != true)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var result = new IntakeResult(
            stepContext.GetOptions(TestJsonContext.Default.IntakeOptions)?.ProjectName ?? "sans nom",
            stepContext.Values.Get("owner", DialogsJsonContext.Default.String)!,
            stepContext.Values.Get("budget", DialogsJsonContext.Default.Decimal));
        await stepContext.Context.SendActivityAsync($"Enregistré : {result.Owner}, {result.Budget}.", cancellationToken);
        return await stepContext.EndDialogAsync(result, TestJsonContext.Default.IntakeResult, cancellationToken);
    }
}
