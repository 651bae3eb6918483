using TicBot.BotKit.Builder;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>State of one user across conversations, stored under <c>{channelId}/users/{userId}</c>.</summary>
public class UserState : BotState
{
    public UserState(IStorage storage) : this(storage, null) { }

    /// <param name="cache">Optional per-process cache (see <see cref="BotStateCache"/>).</param>
    public UserState(IStorage storage, BotStateCache? cache) : base(storage, nameof(UserState), cache) { }

    /// <exception cref="InvalidOperationException">The activity has no channel id or sender id.</exception>
    public override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var channelId = turnContext.Activity.ChannelId;
        var userId = turnContext.Activity.From?.Id;
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(userId))
        {
            throw new InvalidOperationException("User state needs the activity's channelId and from.id.");
        }

        return $"{channelId}/users/{userId}";
    }
}
