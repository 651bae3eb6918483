using System.Text.Json;

namespace TicBot.BotKit.Dialogs;

/// <summary>
/// A dialog that runs its steps in order: each step usually asks a question (a prompt) and the next one
/// receives the answer in <see cref="WaterfallStepContext.Result"/>. Options, values and the step index are
/// stored as JSON in the dialog's instance state.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string StepIndexKey = "stepIndex";
    internal const string OptionsKey = "options";
    internal const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    /// <param name="steps">The steps, in order; named methods rather than lambdas (house style).</param>
    public WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Exists(s => s is null))
        {
            throw new ArgumentException("A waterfall step is null.", nameof(steps));
        }
    }

    public IReadOnlyList<WaterfallStep> Steps => _steps;

    /// <summary>The name of a step for logs: its method name.</summary>
    public string GetStepName(int index) => _steps[index].Method.Name;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        if (options is { } value)
        {
            instance.State[OptionsKey] = value;
        }

        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // A waterfall waits only on its prompts; a message reaching it directly is the step's answer.
        var text = dc.Context.Activity.Text;
        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, text is null ? null : DialogJson.Write(text, DialogsJsonContext.Default.String), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        return RunStepAsync(dc, instance, StepIndex(instance) + 1, reason, result, cancellationToken);
    }

    public override bool HasProgress(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return StepIndex(instance) > 0;
    }

    /// <summary>Runs step <paramref name="index"/>, or ends the dialog with <paramref name="result"/> past the last step.</summary>
    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, DialogInstance instance, int index, DialogReason reason, JsonElement? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        DialogJson.WriteState(instance, StepIndexKey, index, DialogsJsonContext.Default.Int32);
        var stepContext = new WaterfallStepContext(this, dc, instance, index, reason, result);
        try
        {
            return await OnStepAsync(stepContext, cancellationToken);
        }
        finally
        {
            stepContext.SaveValues();
        }
    }

    /// <summary>Runs one step; override to log or time steps (<see cref="GetStepName"/>).</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private static int StepIndex(DialogInstance instance)
        => instance.State.ContainsKey(StepIndexKey)
            ? DialogJson.ReadState(instance, StepIndexKey, DialogsJsonContext.Default.Int32)
            : throw new DialogStateException($"The waterfall '{instance.Id}' has no step index.");
}
