namespace TicBot.BotKit.Prompts;

/// <summary>
/// The caller's check of a recognised answer. Return false to refuse it; set
/// <see cref="PromptValidatorContext{T}.RetryMessage"/> to say why.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
