using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Horizontal alignment.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
