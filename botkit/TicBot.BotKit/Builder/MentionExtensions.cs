using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>Removes the bot's @mention from a message (group chats and channels deliver only those).</summary>
public static class MentionExtensions
{
    /// <summary>
    /// Removes from <see cref="Activity.Text"/> every mention of the recipient (the bot), then trims it.
    /// Mentions of other people are kept. Updates the activity and returns the new text (null if it had none).
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        if (activity.Text is null || string.IsNullOrEmpty(botId))
        {
            return activity.Text;
        }

        var text = activity.Text;
        foreach (var mention in activity.GetMentions())
        {
            if (!string.Equals(mention.Mentioned.Id, botId, StringComparison.Ordinal))
            {
                continue;
            }

            var markup = mention.Text ?? (mention.Mentioned.Name is { Length: > 0 } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(markup))
            {
                text = text.Replace(markup, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Teams puts a non-breaking space (or its entity) between the mention and the words.
        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal).Replace('\u00A0', ' ');
        activity.Text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return activity.Text;
    }
}
