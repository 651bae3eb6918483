using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Style of an action button (1.2).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
