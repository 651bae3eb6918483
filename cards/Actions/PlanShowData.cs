namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.PlanShow"/>; <see cref="Page"/> counts from 0.</summary>
public sealed record PlanShowData(int Page) : CardActionData
{
    private protected override string Name => CardActionNames.PlanShow;
}
