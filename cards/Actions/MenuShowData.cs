namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.MenuShow"/>.</summary>
public sealed record MenuShowData : CardActionData
{
    private protected override string Name => CardActionNames.MenuShow;
}
