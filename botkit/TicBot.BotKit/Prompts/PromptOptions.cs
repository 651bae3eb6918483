using TicBot.BotKit.Builder;
using TicBot.BotKit.Recognizers;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Prompts;

/// <summary>
/// What a prompt asks and how it insists. Stored with the dialog stack (as JSON), so everything here is
/// data: the caller renders texts and cards in the user's language before prompting.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The default of <see cref="MaxAttempts"/>.</summary>
    public const int DefaultMaxAttempts = 3;

    /// <summary>The question. Its attachments, when present, are shown as they are.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Asked after an answer that was not understood; defaults to the question itself.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>Shown when the user asks for help ("aide") during this question; a generic help otherwise.</summary>
    public Activity? Help { get; set; }

    /// <summary>The options of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>
    /// How many answers the prompt accepts before giving up (the step then sees
    /// <see cref="Dialogs.WaterfallStepContext.AttemptsExhausted"/>). Default <see cref="DefaultMaxAttempts"/>; at least 1.
    /// </summary>
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>Said when the prompt gives up; a polite default otherwise.</summary>
    public Activity? GiveUpMessage { get; set; }

    /// <summary>Options with a plain-text question (and retry and help texts when given).</summary>
    public static PromptOptions FromText(string prompt, string? retryPrompt = null, string? help = null) => new()
    {
        Prompt = ActivityExtensions.CreateMessage(prompt),
        RetryPrompt = retryPrompt is null ? null : ActivityExtensions.CreateMessage(retryPrompt),
        Help = help is null ? null : ActivityExtensions.CreateMessage(help),
    };
}
