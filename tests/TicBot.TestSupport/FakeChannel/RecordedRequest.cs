using System.Text.Json;
using TicBot.BotKit.Schema;

namespace TicBot.TestSupport;

/// <summary>A request the bot made to the fake channel.</summary>
/// <param name="Method">GET, POST, PUT, DELETE.</param>
/// <param name="RawTarget">The request target exactly as sent (still URL-encoded).</param>
/// <param name="Authorization">The Authorization header, or null.</param>
/// <param name="Body">The body as text (empty when none).</param>
/// <param name="ReceivedAt">When it arrived, by the channel's <see cref="TimeProvider"/>.</param>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The body parsed as JSON, or null when empty or not JSON.</summary>
    public JsonElement? Json
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Body))
            {
                return null;
            }

            try
            {
                using var document = JsonDocument.Parse(Body);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>The body as an activity (for sends, replies and updates).</summary>
    public Activity? Activity => string.IsNullOrWhiteSpace(Body) ? null : JsonSerializer.Deserialize(Body, BotKitJsonContext.Default.Activity);

    /// <summary>True for a POST of an activity (send or reply).</summary>
    public bool IsActivityPost => Method == "POST" && RawTarget.Contains("/activities", StringComparison.Ordinal);
}
