namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ChecklistShow"/>; <see cref="Page"/> counts from 0.</summary>
public sealed record ChecklistShowData(string Checklist, int Page) : CardActionData
{
    private protected override string Name => CardActionNames.ChecklistShow;
}
