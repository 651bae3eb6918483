using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Builder;

/// <summary>The answers to a batch of sends, one per activity, in order.</summary>
public sealed class ResourceResponseList : List<ResourceResponse>
{
    public ResourceResponseList() { }

    public ResourceResponseList(IEnumerable<ResourceResponse> responses) : base(responses) { }
}
