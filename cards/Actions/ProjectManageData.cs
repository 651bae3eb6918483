using System.Text.Json.Serialization;

namespace TicBot.Cards.Actions;

/// <summary>
/// <see cref="CardActionNames.ProjectManage"/>: an operation on the project named by <see cref="CardActionData.Project"/>
/// (<see cref="ProjectOperation.New"/> names none). Whether the member may do it is checked when it is done.
/// </summary>
public sealed record ProjectManageData([property: JsonPropertyName("op")] ProjectOperation Operation) : CardActionData
{
    private protected override string Name => CardActionNames.ProjectManage;
}
