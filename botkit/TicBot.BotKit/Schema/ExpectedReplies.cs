namespace TicBot.BotKit.Schema;

/// <summary>The body of a response to an <c>expectReplies</c> request: <c>{"activities":[…]}</c>.</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}
