using TicBot.BotKit.Localization;
using TicBot.Methodology.Content;

namespace TicBot.Dialogs;

/// <summary>The bot's language as the methodology content and the cards name it.</summary>
public static class LanguageExtensions
{
    public static ContentLanguage ToContent(this UserLanguage language)
        => language == UserLanguage.English ? ContentLanguage.English : ContentLanguage.French;
}
