using System.Text.Json.Serialization;

namespace TicBot.Cards.Model;

/// <summary>Style of a choice set (the 1.5 <c>filtered</c> style is left out: later schemas dropped it).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
}
