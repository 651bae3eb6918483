using TicBot.BotKit.Builder;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>State shared by everyone in a conversation, stored under <c>{channelId}/conversations/{conversationId}</c>.</summary>
public class ConversationState : BotState
{
    public ConversationState(IStorage storage) : this(storage, null) { }

    /// <param name="cache">Optional per-process cache (see <see cref="BotStateCache"/>).</param>
    public ConversationState(IStorage storage, BotStateCache? cache) : base(storage, nameof(ConversationState), cache) { }

    /// <exception cref="InvalidOperationException">The activity has no channel id or conversation id.</exception>
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = turnContext.Activity.ChannelId;
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("Conversation state needs the activity's channelId and conversation.id.");
        }

        return $"{channelId}/conversations/{conversationId}";
    }
}
