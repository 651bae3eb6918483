using TicBot.BotKit.Builder;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>
/// State of one member in a conversation: in group chats and channel threads each member has their own document,
/// <c>{channelId}/conversations/{conversationId}/users/{userId}</c> (as the SDK's private conversation state), so
/// that two members can hold two different conversations with the bot in one thread; in a personal chat, which has
/// one member, it is the conversation's document, <c>{channelId}/conversations/{conversationId}</c>.
/// </summary>
/// <remarks>
/// In a personal chat this scope and <see cref="ConversationState"/> share their key: a bot that keeps its dialog
/// stack here must not also load <see cref="ConversationState"/> in personal chats.
/// </remarks>
public class MemberConversationState : BotState
{
    public MemberConversationState(IStorage storage) : this(storage, null) { }

    /// <param name="cache">Optional per-process cache (see <see cref="BotStateCache"/>).</param>
    public MemberConversationState(IStorage storage, BotStateCache? cache) : base(storage, nameof(MemberConversationState), cache) { }

    /// <exception cref="InvalidOperationException">The activity has no channel id, conversation id or (in a group) sender id.</exception>
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("Member conversation state needs the activity's channelId and conversation.id.");
        }

        var conversationKey = $"{channelId}/conversations/{conversationId}";
        if (activity.IsPersonalConversation())
        {
            return conversationKey;
        }

        var userId = activity.From?.Id;
        return string.IsNullOrEmpty(userId)
            ? throw new InvalidOperationException("Member conversation state needs the activity's from.id in a group conversation.")
            : $"{conversationKey}/users/{userId}";
    }
}
