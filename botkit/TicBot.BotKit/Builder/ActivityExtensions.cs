using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>Helpers to build replies and references from an inbound activity.</summary>
public static class ActivityExtensions
{
    /// <summary>The reference that lets the bot send into this conversation later.</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = activity.Type == ActivityTypes.ConversationUpdate ? null : activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    /// <summary>
    /// Completes an outgoing activity from a reference: conversation, channel, service URL, and the
    /// bot as <c>from</c>, the user as <c>recipient</c>. Fields already set are kept.
    /// </summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        activity.ChannelId ??= reference.ChannelId;
        activity.ServiceUrl ??= reference.ServiceUrl;
        activity.Conversation ??= reference.Conversation;
        activity.Locale ??= reference.Locale;
        if (isIncoming)
        {
            activity.From ??= reference.User;
            activity.Recipient ??= reference.Bot;
            activity.Id ??= reference.ActivityId;
        }
        else
        {
            activity.From ??= reference.Bot;
            activity.Recipient ??= reference.User;
            if (reference.ActivityId is not null && activity.ReplyToId is null)
            {
                activity.ReplyToId = reference.ActivityId;
            }
        }

        return activity;
    }

    /// <summary>
    /// True for a personal (1:1) chat: <c>conversationType</c> <c>personal</c>, or, without a type (Emulator), a
    /// conversation that is not a group.
    /// </summary>
    public static bool IsPersonalConversation(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        return conversation?.ConversationType is { } type
            ? string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase)
            : conversation?.IsGroup != true;
    }

    /// <summary>A new message activity carrying <paramref name="text"/>.</summary>
    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };
}
