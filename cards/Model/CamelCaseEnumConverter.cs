using System.Text.Json.Serialization;
using System.Text.Json;

namespace TicBot.Cards.Model;

/// <summary>Writes enum members the way the schema spells them (<c>extraLarge</c>, <c>heading</c>).</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
