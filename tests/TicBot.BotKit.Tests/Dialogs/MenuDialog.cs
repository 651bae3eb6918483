using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;

namespace TicBot.BotKit.Tests.Dialogs;

/// <summary>A root menu that starts <see cref="IntakeDialog"/> and loops, reporting how the child ended.</summary>
internal sealed class MenuDialog : InterruptibleDialog
{
    public MenuDialog(InterruptionOptions? interruptions = null) : base("menu", interruptions ?? new InterruptionOptions())
    {
        AddDialog(new WaterfallDialog("menu.steps", [ShowMenuStepAsync, StartChoiceStepAsync, ReportStepAsync]));
        AddDialog(new TextPrompt("menu.text"));
        AddDialog(new IntakeDialog(interruptions));
    }

    private static Task<DialogTurnResult> ShowMenuStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => stepContext.PromptAsync("menu.text", PromptOptions.FromText("Menu : tapez un nom de projet."), cancellationToken);

    private static Task<DialogTurnResult> StartChoiceStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => stepContext.DialogContext.BeginDialogAsync(IntakeDialog.DialogId, new IntakeOptions(stepContext.ResultAsString()!), TestJsonContext.Default.IntakeOptions, cancellationToken);

    private static async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var result = stepContext.GetResult(TestJsonContext.Default.IntakeResult);
        await stepContext.Context.SendActivityAsync($"Fin de la saisie ({stepContext.Reason}, {result?.Budget.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "rien"}).", cancellationToken);
        return await stepContext.DialogContext.ReplaceDialogAsync("menu.steps", null, cancellationToken);
    }
}
