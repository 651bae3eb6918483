using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Style of a text block (1.5); <c>Heading</c> is announced as a heading by screen readers.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading,
}
