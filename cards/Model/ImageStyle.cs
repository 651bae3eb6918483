using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Style of an image.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    Default,
    Person,
}
