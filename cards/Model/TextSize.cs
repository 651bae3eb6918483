using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Size of text (schema FontSize).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextSize>))]
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
