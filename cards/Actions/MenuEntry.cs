using System.Text.Json.Serialization;
using TicBot.Cards.Model;

namespace TicBot.Cards.Actions;

/// <summary>The entries of the main menu, as carried by <see cref="CardActionNames.MenuOpen"/>.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MenuEntry>))]
public enum MenuEntry
{
    Needs,
    Scenarios,
    Planning,
    Checklists,
    Summary,
    Reminders,

    /// <summary>The place's projects ("mes projets").</summary>
    Projects,
    Help,
}
