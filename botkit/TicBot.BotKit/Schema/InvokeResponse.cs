using System.Text.Json;

namespace TicBot.BotKit.Schema;

/// <summary>The HTTP status and body a bot returns for an <c>invoke</c> activity.</summary>
public sealed class InvokeResponse
{
    public int Status { get; set; }
    /// <summary>The JSON body; null for no body.</summary>
    public JsonElement? Body { get; set; }
}
