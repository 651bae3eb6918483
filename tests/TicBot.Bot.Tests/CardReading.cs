using TicBot.BotKit.Schema;

namespace TicBot.Bot.Tests;

/// <summary>Reads what a person sees first on a card the bot sent.</summary>
internal static class CardReading
{
    /// <summary>The card's heading (its first text block); null when the activity carries no card.</summary>
    public static string? Heading(Activity activity)
        => activity.Attachments is [{ Content: { } card }] ? card.GetProperty("body")[0].GetProperty("text").GetString() : null;
}
