using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;

namespace TicBot.BotKit.Tests.Prompts;

/// <summary>A dialog that asks one prompt, then reports what came back: <c>result:&lt;json&gt;</c> or <c>abandoned</c>.</summary>
internal sealed class PromptHost : ComponentDialog
{
    private readonly string _promptId;
    private readonly PromptOptions _options;

    public PromptHost(Dialog prompt, PromptOptions options) : base("host")
    {
        _promptId = prompt.Id;
        _options = options;
        AddDialog(new WaterfallDialog("steps", [AskStepAsync, ReportStepAsync]));
        AddDialog(prompt);
    }

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
        => stepContext.PromptAsync(_promptId, _options, cancellationToken);

    private static async Task<DialogTurnResult> ReportStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var report = stepContext.AttemptsExhausted ? "abandoned" : $"result:{stepContext.Result?.GetRawText()}";
        await stepContext.Context.SendActivityAsync(report, cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }
}
