namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ReminderDone"/>.</summary>
public sealed record ReminderDoneData(string Reminder) : CardActionData
{
    private protected override string Name => CardActionNames.ReminderDone;
}
