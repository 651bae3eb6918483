using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Weight of text (schema FontWeight).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextWeight>))]
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
