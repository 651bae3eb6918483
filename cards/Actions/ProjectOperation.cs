using System.Text.Json.Serialization;
using TicBot.Cards.Model;

namespace TicBot.Cards.Actions;

/// <summary>What <see cref="ProjectManageData"/> does. Written in card data as camelCase names: never rename one.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProjectOperation>))]
public enum ProjectOperation
{
    /// <summary>Makes the project the member's current project here, and shows its summary.</summary>
    Open,

    /// <summary>Creates a new project in the place.</summary>
    New,

    /// <summary>Shows what can be done with the project (rename, archive, transfer, delete).</summary>
    Manage,
    Rename,
    Archive,
    Restore,
    Delete,
    Transfer,
}
