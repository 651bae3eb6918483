namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ReminderDone"/>.</summary>
public sealed record ReminderDoneData(string Reminder) : CardActionData
{
    public override string Action => CardActionNames.ReminderDone;
}
