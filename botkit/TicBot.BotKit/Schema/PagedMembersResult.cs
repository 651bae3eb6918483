namespace TicBot.BotKit.Schema;

/// <summary>A page of conversation members (<c>GET /v3/conversations/{id}/pagedmembers</c>).</summary>
public sealed class PagedMembersResult
{
    public IList<ChannelAccount> Members { get; set; } = [];
    /// <summary>Null on the last page.</summary>
    public string? ContinuationToken { get; set; }
}
