namespace TicBot.BotKit.Localization;

/// <summary>
/// Writes the numbers and dates a prompt quotes back to the user (a limit in a retry message). botkit holds no display
/// rules of its own: the host passes its formatter to the prompts that need one, so that a prompt and the rest of the
/// bot write a value the same way.
/// </summary>
public interface IDisplayFormatter
{
    /// <summary>A number as the user reads it in <paramref name="language"/> (e.g. <c>1 200,5</c> / <c>1,200.5</c>).</summary>
    string Number(decimal value, UserLanguage language);

    /// <summary>A day as the user reads it in <paramref name="language"/> (e.g. <c>1er mars 2027</c> / <c>1 March 2027</c>).</summary>
    string Date(DateOnly date, UserLanguage language);
}
