using TicBot.BotKit.Localization;
using TicBot.Methodology.Content;
using TicBot.Methodology.Texts;

namespace TicBot.Dialogs;

/// <summary>The bot's language as the methodology content and the cards name it.</summary>
public static class LanguageExtensions
{
    public static ContentLanguage ToContent(this UserLanguage language)
        => language == UserLanguage.English ? ContentLanguage.English : ContentLanguage.French;

    /// <summary>The wording of <paramref name="text"/> in the user's language.</summary>
    public static string For(this Text text, UserLanguage language)
        => (text ?? throw new ArgumentNullException(nameof(text))).For(language.ToContent());

    /// <summary>The wording with <c>{0}</c>, <c>{1}</c>… replaced, in the user's language.</summary>
    public static string Format(this Text text, UserLanguage language, params object?[] args)
        => (text ?? throw new ArgumentNullException(nameof(text))).Format(language.ToContent(), args);
}
