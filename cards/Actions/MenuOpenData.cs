namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.MenuOpen"/>.</summary>
public sealed record MenuOpenData(MenuEntry Entry) : CardActionData
{
    public override string Action => CardActionNames.MenuOpen;
}
