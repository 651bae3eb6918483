using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Keyboard hint of a text input.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    Text,
    Tel,
    Url,
    Email,
    Password,
}
