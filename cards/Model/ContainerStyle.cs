using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Style of a container, row or cell. Never the only carrier of meaning.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
