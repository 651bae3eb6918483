using TicBot.BotKit.Schema;

namespace TicBot.Bot.Tests;

/// <summary>Reads what a person sees first on a card the bot sent.</summary>
internal static class CardReading
{
    /// <summary>The card's heading (its first text block); null when the activity carries no card.</summary>
    /// <summary>The card's title: its first text, after the project's name that heads a project's card.</summary>
    public static string? Heading(Activity activity)
    {
        if (activity.Attachments is not [{ Content: { } card }])
        {
            return null;
        }

        var body = card.GetProperty("body");
        var first = body[0].GetProperty("text").GetString();
        return first is not null && (first.StartsWith("Projet «", StringComparison.Ordinal) || first.StartsWith("Project “", StringComparison.Ordinal)) && body.GetArrayLength() > 1
            ? body[1].GetProperty("text").GetString()
            : first;
    }
}
