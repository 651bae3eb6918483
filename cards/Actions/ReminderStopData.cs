namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ReminderStop"/>.</summary>
public sealed record ReminderStopData(string Reminder) : CardActionData
{
    private protected override string Name => CardActionNames.ReminderStop;
}
