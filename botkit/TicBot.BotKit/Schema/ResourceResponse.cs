namespace TicBot.BotKit.Schema;

/// <summary>The connector's answer to a send, reply or update: the id of the activity.</summary>
public sealed class ResourceResponse
{
    public ResourceResponse() { }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}
