using System.Text.Json;
using System.Text.Json.Serialization;

namespace TicBot.BotKit.Schema;

/// <summary>
/// The body of <c>POST /v3/conversations</c>. Teams requires the tenant (<see cref="TenantId"/> and
/// <c>channelData.tenant.id</c>) or answers 400 "Malformed tenant id".
/// </summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public IList<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    /// <summary>An activity to post as the first message of the new conversation (optional).</summary>
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
