namespace TicBot.BotKit.Localization;

/// <summary>A user-facing sentence in both languages; French is the reference.</summary>
public sealed record LocalizedText(string French, string English)
{
    public string For(UserLanguage language) => language == UserLanguage.English ? English : French;

    /// <summary>The text with <c>{0}</c>, <c>{1}</c>… replaced, culture-independent.</summary>
    public string Format(UserLanguage language, params object?[] args)
        => string.Format(System.Globalization.CultureInfo.InvariantCulture, For(language), args);
}
