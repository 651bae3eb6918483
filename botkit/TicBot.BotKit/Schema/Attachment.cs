using System.Text.Json;
using System.Text.Json.Serialization;

namespace TicBot.BotKit.Schema;

/// <summary>A message attachment; Adaptive Cards use <see cref="AdaptiveCardContentType"/>.</summary>
public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    /// <summary>The attachment's content (an Adaptive Card's JSON), kept as raw JSON.</summary>
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
