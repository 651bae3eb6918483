using TicBot.Cards.Actions;
using TicBot.Methodology;
using TicBot.Cards.Model;
using TicBot.Cards.Views;
using TicBot.Methodology.Content;
using static TicBot.Cards.Factories.Blocks;

namespace TicBot.Cards.Factories;

/// <summary>
/// A proactive reminder: what to do, why it matters according to the methodology, when, and three
/// buttons (Fait, Reporter d'une semaine, Ne plus me rappeler) sent as Action.Execute with an
/// Action.Submit fallback. <see cref="Outcome"/> builds the card that replaces it once answered.
/// </summary>
public static class ReminderCardFactory
{
    public static AdaptiveCard Create(ReminderView reminder, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var title = T(language, $"Rappel — {Clip(reminder.ProjectName)}", $"Reminder — {Clip(reminder.ProjectName)}");
        List<AdaptiveElement> body =
        [
            Heading(title),
            new TextBlock(reminder.What) { Weight = TextWeight.Bolder, Wrap = true },
        ];
        if (reminder.IsAddition)
        {
            body.Add(Subtle(T(language, $"{AdditionText.Label(language)} : cette action ne figure pas dans la méthode.", $"{AdditionText.Label(language)}: this action is not in the method.")));
        }

        body.Add(Labelled(T(language, reminder.IsAddition ? "Pourquoi (complément à la méthode) :" : "Pourquoi :", reminder.IsAddition ? "Why (an addition to the method):" : "Why:"), reminder.Why));
        if (reminder.AdditionNote is { } note)
        {
            body.Add(AdditionText.Note(note, language));
        }

        body.Add(new FactSet([new Fact(T(language, "Échéance", "Due"), DueText(reminder, language))]));
        body.Add(Subtle(T(language,
            "Vous recevez ce rappel parce que vous suivez ce projet. « Ne plus me rappeler » arrête ce rappel seulement.",
            "You receive this reminder because you follow this project. \"Stop reminding me\" stops this reminder only.")));
        List<AdaptiveAction> actions =
        [
            ExecuteAction.WithSubmitFallback(T(language, "Fait", "Done"), new ReminderDoneData(reminder.Id), ActionStyle.Positive),
            ExecuteAction.WithSubmitFallback(T(language, "Reporter d’une semaine", "Postpone one week"), new ReminderSnoozeData(reminder.Id)),
            ExecuteAction.WithSubmitFallback(T(language, "Ne plus me rappeler", "Stop reminding me"), new ReminderStopData(reminder.Id)),
        ];
        return Card(language, $"{title} : {reminder.What}", body, actions);
    }

    /// <summary>The card that replaces the reminder once answered, without buttons.</summary>
    /// <param name="postponedTo">The new date when <paramref name="outcome"/> is <see cref="ReminderOutcome.Snoozed"/>.</param>
    /// <exception cref="ArgumentException">Snoozed without a new date.</exception>
    public static AdaptiveCard Outcome(ReminderView reminder, ReminderOutcome outcome, DateOnly? postponedTo, ContentLanguage language)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (outcome == ReminderOutcome.Snoozed && postponedTo is null)
        {
            throw new ArgumentException("A postponed reminder needs its new date.", nameof(postponedTo));
        }

        var title = T(language, $"Rappel — {Clip(reminder.ProjectName)}", $"Reminder — {Clip(reminder.ProjectName)}");
        var said = outcome switch
        {
            ReminderOutcome.Done => T(language, "C’est noté : fait. Merci !", "Noted: done. Thank you!"),
            ReminderOutcome.Snoozed => T(language,
                $"Reporté : je vous le rappellerai le {DisplayFormat.Date(postponedTo!.Value, language)}.",
                $"Postponed: I will remind you on {DisplayFormat.Date(postponedTo!.Value, language)}."),
            _ => T(language, "Ce rappel ne vous sera plus envoyé.", "You will not get this reminder again."),
        };
        List<AdaptiveElement> body =
        [
            Heading(title),
            new TextBlock(reminder.What) { Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock(said) { Wrap = true, Color = outcome == ReminderOutcome.Done ? TextColor.Good : null },
        ];
        return Card(language, $"{title} : {said}", body, [MenuButton(language)]);
    }

    private static string DueText(ReminderView reminder, ContentLanguage language)
    {
        var date = DisplayFormat.Date(reminder.Due, language);
        if (reminder.Due < reminder.Today)
        {
            return T(language, $"{date} (dépassée)", $"{date} (overdue)");
        }

        return reminder.Due == reminder.Today ? T(language, $"{date} (aujourd’hui)", $"{date} (today)") : date;
    }
}
