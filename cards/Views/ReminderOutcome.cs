namespace TicBot.Cards.Views;

/// <summary>What the user did with a reminder; the card is updated in place to say so.</summary>
public enum ReminderOutcome
{
    Done,
    Snoozed,
    Stopped,
}
