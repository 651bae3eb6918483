namespace TicBot.Cards.Actions;

/// <summary>Why a card action payload was refused.</summary>
public enum CardActionError
{
    /// <summary>Not a JSON object, a missing or mistyped field, an out-of-range value.</summary>
    Malformed,

    /// <summary>An action name this version of the bot does not know, or a newer payload version.</summary>
    Unknown,

    /// <summary>A payload from an older card (no <c>v</c> or an older one): the card must be shown again.</summary>
    Stale,
}
