namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ChecklistWhy"/>.</summary>
public sealed record ChecklistWhyData(string Item) : CardActionData
{
    public override string Action => CardActionNames.ChecklistWhy;
}
