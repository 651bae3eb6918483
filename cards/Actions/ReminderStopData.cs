namespace TicBot.Cards.Actions;

/// <summary><see cref="CardActionNames.ReminderStop"/>.</summary>
public sealed record ReminderStopData(string Reminder) : CardActionData
{
    public override string Action => CardActionNames.ReminderStop;
}
