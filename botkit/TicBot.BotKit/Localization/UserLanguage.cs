namespace TicBot.BotKit.Localization;

/// <summary>The languages TicBot speaks. French is the default.</summary>
public enum UserLanguage
{
    French,
    English,
}
