namespace TicBot.Cards;

/// <summary>The language a card is written in. French is the default.</summary>
public enum CardLanguage
{
    French,
    English,
}
