namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ExpectationsShow"/>; <see cref="Page"/> counts from 0.</summary>
public sealed record ExpectationsShowData(int Page) : CardActionData
{
    private protected override string Name => CardActionNames.ExpectationsShow;
}
