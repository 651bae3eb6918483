using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>
/// An Adaptive Card. <see cref="Version"/> is computed: the lowest schema version its content needs
/// (see <see cref="CardVersions"/>), never above 1.5.
/// </summary>
public sealed record AdaptiveCard(IReadOnlyList<AdaptiveElement> Body)
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version => CardVersions.Required(this).ToString();

    /// <summary>The language of the card's text (<c>fr</c>, <c>en</c>), so screen readers pronounce it right.</summary>
    public string? Lang { get; init; }

    /// <summary>Text shown by clients that cannot render the card.</summary>
    public string? FallbackText { get; init; }

    /// <summary>Needs 1.4.</summary>
    public Refresh? Refresh { get; init; }

    /// <summary>The action bar; Teams renders at most 6.</summary>
    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }
}
