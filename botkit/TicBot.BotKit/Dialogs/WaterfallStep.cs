namespace TicBot.BotKit.Dialogs;

/// <summary>One step of a <see cref="WaterfallDialog"/>: a named method, so that logs and telemetry can name it.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
