using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>Removes the bot's @mention from a message (group chats and channels deliver only those).</summary>
public static class MentionExtensions
{
    /// <summary>
    /// Removes from <see cref="Activity.Text"/> every mention of the recipient (the bot) with the spaces that follow it,
    /// then trims the text's ends. Everything else is kept as typed: line breaks, spacing, mentions of other people.
    /// Updates the activity and returns the new text (null if it had none).
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
                text = RemoveAll(text, markup);
            }
        }

        activity.Text = text.Trim(' ', '\t', '\r', '\n', '\u00A0');
        return activity.Text;
    }

    private static string RemoveAll(string text, string markup)
    {
        int index;
        while ((index = text.IndexOf(markup, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = index + markup.Length;
            // Teams puts a space, a non-breaking space or its entity between the mention and the words.
            while (true)
            {
                if (end < text.Length && text[end] is ' ' or '\u00A0')
                {
                    end++;
                }
                else if (string.CompareOrdinal(text, end, "&nbsp;", 0, 6) == 0)
                {
                    end += 6;
                }
                else
                {
                    break;
                }
            }

            text = text.Remove(index, end - index);
        }

        return text;
    }
}
