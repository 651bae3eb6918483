namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.MenuOpen"/>.</summary>
public sealed record MenuOpenData(MenuEntry Entry) : CardActionData
{
    private protected override string Name => CardActionNames.MenuOpen;
}
