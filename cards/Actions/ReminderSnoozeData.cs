namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ReminderSnooze"/>.</summary>
public sealed record ReminderSnoozeData(string Reminder) : CardActionData
{
    private protected override string Name => CardActionNames.ReminderSnooze;
}
