using System.Text.Json;
using System.Text.Json.Nodes;

namespace TicBot.TestSupport;

/// <summary>
/// One recorded Teams-shaped exchange (Agents Playground 0.2.28): an inbound request to the bot, or an
/// outbound call the bot made to the connector, with the answer that was given.
/// </summary>
public sealed class TeamsFixture
{
    internal TeamsFixture(string name, JsonElement root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>The file name, e.g. <c>03-personal-message-hello.json</c>.</summary>
    public string Name { get; }

    /// <summary>The whole recorded file.</summary>
    public JsonElement Root { get; }

    /// <summary>The recorded request's body (the activity).</summary>
    public JsonElement Body => Root.GetProperty("request").GetProperty("body");

    /// <summary>The recorded request's URL.</summary>
    public string Url => Root.GetProperty("request").GetProperty("url").GetString()!;

    /// <summary>True for a request to the bot (<c>/api/messages</c>), false for a call to the connector.</summary>
    public bool IsInbound => Url.EndsWith("/api/messages", StringComparison.Ordinal);

    /// <summary>The status the recorded answer had.</summary>
    public int ResponseStatus => Root.GetProperty("response").GetProperty("status").GetInt32();

    /// <summary>The recorded answer's body, or null when it had none.</summary>
    public JsonElement? ResponseBody => Root.GetProperty("response").GetProperty("body") is { ValueKind: not JsonValueKind.Null } body ? body : null;

    /// <summary>The body's JSON text.</summary>
    public string BodyText => Body.GetRawText();

    /// <summary>The body with its <c>serviceUrl</c> (and optionally other top-level fields) replaced.</summary>
    public string BodyWith(string serviceUrl, Action<JsonObject>? change = null)
    {
        var node = JsonNode.Parse(BodyText)!.AsObject();
        node["serviceUrl"] = serviceUrl;
        change?.Invoke(node);
        return node.ToJsonString();
    }

    public override string ToString() => Name;
}
