using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Approximate size of an image.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ImageSize>))]
public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}
