namespace TicBot.BotKit.Schema;

/// <summary>The connector's answer to a create conversation: the new conversation's id.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>The id of the conversation created.</summary>
    public string? Id { get; set; }
    /// <summary>The id of the first activity, when one was posted.</summary>
    public string? ActivityId { get; set; }
    /// <summary>The service URL to use for this conversation, when it differs.</summary>
    public string? ServiceUrl { get; set; }
}
