using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Colour of text (schema Colors). Never the only carrier of meaning: the text must say it too.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
