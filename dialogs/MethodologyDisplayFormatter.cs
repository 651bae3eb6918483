using TicBot.BotKit.Localization;
using TicBot.Methodology;

namespace TicBot.Dialogs;

/// <summary>The botkit prompts' formatter: the methodology's <see cref="DisplayFormat"/>, so prompts write values as cards do.</summary>
internal sealed class MethodologyDisplayFormatter : IDisplayFormatter
{
    public string Number(decimal value, UserLanguage language) => DisplayFormat.Number(value, language.ToContent());

    public string Date(DateOnly date, UserLanguage language) => DisplayFormat.Date(date, language.ToContent());
}
