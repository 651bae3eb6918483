namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ReminderSnooze"/>.</summary>
public sealed record ReminderSnoozeData(string Reminder) : CardActionData
{
    public override string Action => CardActionNames.ReminderSnooze;
}
