namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ChecklistWhy"/>.</summary>
public sealed record ChecklistWhyData(string Item) : CardActionData
{
    private protected override string Name => CardActionNames.ChecklistWhy;
}
