namespace TicBot.BotKit.Localization;

/// <summary>Chooses the language of a turn from the activity's locale and the bot's setting.</summary>
public static class LanguageResolver
{
    /// <summary>
    /// English when the locale starts with <c>en</c>; French otherwise (missing or unknown locales too).
    /// </summary>
    /// <param name="locale">The activity's <c>locale</c>, e.g. <c>fr-FR</c>, <c>en-US</c>.</param>
    /// <param name="forced">The bot setting: null or <c>auto</c> follows the locale; <c>fr</c>/<c>en</c> force it.</param>
    public static UserLanguage Resolve(string? locale, string? forced = null)
    {
        if (string.Equals(forced, "en", StringComparison.OrdinalIgnoreCase))
        {
            return UserLanguage.English;
        }

        if (string.Equals(forced, "fr", StringComparison.OrdinalIgnoreCase))
        {
            return UserLanguage.French;
        }

        return locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? UserLanguage.English
            : UserLanguage.French;
    }
}
